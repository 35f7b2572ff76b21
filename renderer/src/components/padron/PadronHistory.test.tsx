import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../api';
import { fail, ok, renderInSession } from '../../test/render';
import { HISTORY } from './padron-fixtures';
import { PadronHistory } from './PadronHistory';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const rowsOf = (table: string) =>
  within(screen.getByRole('table', { name: table }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent?.replace(/\s+/g, ' ')));

describe('PadronHistory', () => {
  beforeEach(() => mockedCall.mockReset());

  it('shows the titulares with their dates and documents, the moves of state and the edits, newest first', async () => {
    mockedCall.mockResolvedValue(ok(HISTORY));
    renderInSession(<PadronHistory code="900001" />);

    expect(await screen.findByRole('region', { name: 'Titulares (2)' })).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('padron.history', { code: '900001' });
    expect(rowsOf('Titulares')).toEqual([
      [
        'Jhon Fredy Perdomo',
        '1117512345',
        '22/11/2026',
        'Actual',
        'Cambio de titular',
        'Escritura pública 1234 de 2026 · Cédula del nuevo titular',
      ],
      ['Esperanza Torres Muñoz', '1092038660', '03/11/2026', '22/11/2026', 'Matrícula', '—'],
    ]);

    expect(rowsOf('Cambios de estado')).toEqual([
      [
        '20/11/2026',
        'Suspendido→Activo',
        'Pagó la deuda y la reconexión',
        'OT-2026-000081',
        '20/11/2026, 11:00 a. m.Arley Perdomo Losada',
      ],
      ['10/11/2026', 'Activo→Suspendido', 'Por falta de pago de dos periodos', 'OT-2026-000077', expect.any(String)],
    ]);

    expect(rowsOf('Ediciones')).toEqual([
      [
        '21/11/2026, 10:10 a. m.Arley Perdomo Losada',
        'Edición del predio',
        'Estrato: 2 → 3Serial del medidor: A19-552301 → —',
      ],
      [expect.any(String), 'Matrícula', 'Dirección: CALLE 12 # 7-45'],
    ]);
  });

  it('says when there is nothing yet, and shows a refusal of the core', async () => {
    mockedCall.mockResolvedValueOnce(ok({ ...HISTORY, edits: [], statuses: [] }));
    const { unmount } = renderInSession(<PadronHistory code="900001" />);
    expect(await screen.findByText('Sin cambios de estado desde la matrícula.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Ediciones (0)' }).textContent).toContain('Sin ediciones registradas.');
    unmount();

    mockedCall.mockResolvedValueOnce(fail({ code: 'NOT_FOUND', message: 'No existe un suscriptor con el código 999999.' }));
    renderInSession(<PadronHistory code="999999" />);
    expect(await screen.findByText('No existe un suscriptor con el código 999999.')).toBeTruthy();
  });
});
