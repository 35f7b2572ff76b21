import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output, type Result } from '../../../api';
import { COMPANY } from '../../../documents/test-fixtures';
import { fail, ok, renderInSession } from '../../../test/render';
import { dashboard } from '../../../test/report-fixtures';
import { axisMoney } from './chart-format';
import { DashboardScreen } from './DashboardScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s/g, ' ');
const boardCalls = () => mockedCall.mock.calls.filter(([n]) => n === 'reports.dashboard').map(([, input]) => input);

describe('REPORTES → Tablero', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockImplementation(async (name, input) => {
      if (name === 'company.get') return ok(COMPANY) as Result<Output<typeof name>>;
      if (name === 'reports.dashboard') {
        return ok({ ...dashboard(), date: (input as { date: string }).date }) as Result<Output<typeof name>>;
      }
      return fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` });
    });
  });

  it('sums the 30 days and shows the day’s money by method with its share', async () => {
    renderInSession(<DashboardScreen active activation={1} />);
    const methods = await screen.findByRole('region', { name: 'Medios de pago del 23/11/2026' });
    expect(boardCalls()).toEqual([{ date: '2026-11-23' }]);
    expect(text(methods)).toMatch(/Efectivo\s?\$ 150\.000\s?79\s?%/);
    expect(text(methods)).toMatch(/Consignación\s?\$ 0\s?0\s?%/);
    const summary = screen.getByRole('region', { name: 'Tablero' });
    expect(text(summary)).toMatch(/Periodo\s?25\/10\/2026 a 23\/11\/2026/);
    expect(text(summary)).toMatch(/Recaudado en el periodo\s?\$ 270\.500/);
    expect(text(summary)).toMatch(/Facturas · cupones\s?4 · 4/);
    expect(screen.getByRole('region', { name: 'Recaudado por día — últimos 30 días' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Facturas y cupones por día — últimos 30 días' })).toBeTruthy();
  });

  it('asks for the day typed, and refuses a bad one without asking', async () => {
    renderInSession(<DashboardScreen active activation={1} />);
    await screen.findByRole('region', { name: 'Medios de pago del 23/11/2026' });
    const field = screen.getByLabelText('Fecha del informe');
    await userEvent.clear(field);
    await userEvent.type(field, '32/10/2026{Enter}');
    expect(within(field.closest('.MuiFormControl-root') as HTMLElement).getByText('Fecha: el 32/10/2026 no existe')).toBeTruthy();
    await userEvent.clear(field);
    await userEvent.type(field, '31/10/2026{Enter}');
    await waitFor(() => expect(boardCalls()).toEqual([{ date: '2026-11-23' }, { date: '2026-10-31' }]));
    expect(await screen.findByRole('region', { name: 'Medios de pago del 31/10/2026' })).toBeTruthy();
  });

  it('labels the money axis short', () => {
    expect(axisMoney(190_500, 'COP')).toBe('$ 190,5 mil');
    expect(axisMoney(1_250_000, 'COP')).toBe('$ 1,3 M');
    expect(axisMoney(0, 'COP')).toBe('$ 0');
    expect(axisMoney(123_450, 'MXN')).toBe('$ 1,2 mil');
  });
});
