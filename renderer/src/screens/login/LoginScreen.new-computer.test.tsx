import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { call } from '../../api';
import { UNICO } from '../../test/puestos-fixtures';
import { fakeSession, ok, renderInSession } from '../../test/render';
import { LoginScreen } from './LoginScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));

/** Its own file: what this computer is is read once per window (api/office-link). */
describe('LoginScreen of a new computer', () => {
  it('offers to connect it to the office server before anyone has worked on it', async () => {
    vi.mocked(call).mockImplementation(
      async (name) => (name === 'station.info' ? ok({ ...UNICO, untouched: true }) : ok({})) as never,
    );
    renderInSession(<LoginScreen />, fakeSession({ info: null }));
    await userEvent.click(await screen.findByRole('button', { name: 'Conectar a un servidor de la oficina' }));
    expect(await screen.findByLabelText(/Código de vinculación/)).toBeTruthy();
  });
});
