import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ROLES, type Role } from '../../../../../db/schema/enums';
import { may } from '../../../../../electron/core/contract/may';
import { call, type Output, type Result } from '../../../api';
import { fakeSession, ok, renderInSession, SESSION } from '../../../test/render';
import { TEMPLATE } from '../pqr-fixtures';
import { TemplatesScreen } from './TemplatesScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

describe('Plantillas de respuesta', () => {
  it('lists every template, inactive ones too, and offers NUEVA PLANTILLA to exactly the roles that may save one', async () => {
    mockedCall.mockImplementation(async () => ok([TEMPLATE]) as Result<Output<'responses.templates'>>);
    const readers = ROLES.filter((role) => may('responses.templates', role));
    const editors: Role[] = [];
    for (const role of readers) {
      const { unmount } = renderInSession(
        <TemplatesScreen active activation={1} />,
        fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role } } }),
      );
      await screen.findByText('VISITA REALIZADA SIN HALLAZGOS');
      if (screen.queryByRole('button', { name: 'NUEVA PLANTILLA' })) editors.push(role);
      unmount();
    }
    expect(mockedCall).toHaveBeenCalledWith('responses.templates', { includeInactive: true });
    expect(editors).toEqual(readers.filter((role) => may('responses.saveTemplate', role)));
    expect(editors.length).toBeGreaterThan(0);
    expect(editors.length).toBeLessThan(readers.length);
  });
});
