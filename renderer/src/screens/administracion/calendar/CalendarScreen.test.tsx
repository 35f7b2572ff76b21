import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output } from '../../../api';
import { fail, ok, renderInSession } from '../../../test/render';
import { CalendarScreen } from './CalendarScreen';
import type { HolidayRow } from './HolidaysTable';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const lib = (id: number, date: string, name: string): HolidayRow => ({ id, date, name, source: 'LIBRERIA' });
const CO_2026 = [lib(1, '2026-03-23', 'San José'), lib(2, '2026-04-02', 'Jueves Santo'), lib(3, '2026-04-03', 'Viernes Santo')];
const CO_2027 = [lib(20, '2027-01-01', 'Año Nuevo')];

const text = (el: HTMLElement) => el.textContent?.replace(/\s/g, ' ') ?? '';

function serve(byYear: Record<number, HolidayRow[]> = { 2026: CO_2026, 2027: CO_2027 }) {
  mockedCall.mockImplementation(async (name, input) => {
    if (name === 'calendar.holidays') {
      const { year } = input as { year: number };
      const data: Output<'calendar.holidays'> = { country: 'CO', countryName: 'Colombia', year, holidays: byYear[year] ?? [] };
      return ok(data);
    }
    return fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` });
  });
}

async function rows() {
  return within(await screen.findByRole('table', { name: 'Días festivos' })).getAllByRole('row');
}

describe('ADMINISTRACIÓN → Calendario', () => {
  beforeEach(() => mockedCall.mockReset());

  it('lists the year’s holidays with their weekday, shows the country and moves between years', async () => {
    serve();
    renderInSession(<CalendarScreen active activation={1} />);
    const list = await rows();
    expect(list).toHaveLength(4);
    expect(text(list[1]!)).toBe('23/03/2026lunesSan JoséLibrería');
    expect(text(list[3]!)).toBe('03/04/2026viernesViernes SantoLibrería');
    expect(screen.getByLabelText<HTMLSelectElement>('País').value).toBe('CO');
    expect(screen.getByText(/no cambia los vencimientos ya calculados/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Año')));

    await userEvent.click(screen.getByRole('button', { name: 'Año siguiente' }));
    expect(mockedCall).toHaveBeenLastCalledWith('calendar.holidays', { year: 2027 });
    await waitFor(async () => expect(text((await rows())[1]!)).toContain('01/01/2027viernesAño Nuevo'));
    await userEvent.selectOptions(screen.getByLabelText('Año'), '2023');
    expect(mockedCall).toHaveBeenLastCalledWith('calendar.holidays', { year: 2023 });
  });

  it('adds a holiday: the core’s refusal shows on the date field; then the year is read again', async () => {
    serve();
    renderInSession(<CalendarScreen active activation={1} />);
    await rows();
    await userEvent.click(screen.getByRole('button', { name: 'AGREGAR FESTIVO' }));
    const form = await screen.findByRole('form', { name: 'Agregar festivo' });
    expect(within(form).getByLabelText<HTMLInputElement>('Fecha').value).toBe('2026-11-23');

    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(within(form).getByText('Nombre del festivo: es obligatorio')).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalledWith('calendar.addHoliday', expect.anything());

    const saturday = 'Fecha: el sábado 21/11/2026 es fin de semana y ya no cuenta como día hábil.';
    mockedCall.mockResolvedValueOnce(fail({ code: 'RULE', message: saturday, issues: [{ field: 'date', message: saturday }] }));
    const date = within(form).getByLabelText('Fecha');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-21');
    await userEvent.type(within(form).getByLabelText('Nombre del festivo'), 'Aniversario{Enter}');
    expect(await within(form).findByText(saturday)).toBeTruthy();

    mockedCall.mockResolvedValueOnce(ok({ id: 50, date: '2026-12-24', name: 'Aniversario', source: 'MANUAL' }));
    await userEvent.clear(date);
    await userEvent.type(date, '2026-12-24{Enter}');
    expect(mockedCall).toHaveBeenCalledWith('calendar.addHoliday', { date: '2026-12-24', name: 'Aniversario' });
    expect(text(await screen.findByRole('status'))).toBe('Aniversario (jueves 24/12/2026) agregado al calendario.');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Agregar festivo' })).toBeNull());
    expect(mockedCall).toHaveBeenLastCalledWith('calendar.holidays', { year: 2026 });
  });

  it('removes a holiday only after confirming, and says terms already computed do not change', async () => {
    serve();
    renderInSession(<CalendarScreen active activation={1} />);
    await rows();
    await userEvent.click(screen.getByRole('button', { name: 'Quitar festivo del 23/03/2026' }));
    const dialog = await screen.findByRole('dialog');
    expect(text(dialog)).toContain('¿Quitar «San José» (lunes 23/03/2026) del calendario? Ese día contará como hábil.');
    expect(text(dialog)).toContain('no cambia los vencimientos ya calculados');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(mockedCall).not.toHaveBeenCalledWith('calendar.removeHoliday', expect.anything());

    await userEvent.click(screen.getByRole('button', { name: 'Quitar festivo del 23/03/2026' }));
    serve({ 2026: CO_2026.slice(1) });
    mockedCall.mockResolvedValueOnce(ok(CO_2026[0]!));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'QUITAR' }));
    expect(mockedCall).toHaveBeenCalledWith('calendar.removeHoliday', { id: 1 });
    expect(text(await screen.findByRole('status'))).toBe('San José (23/03/2026) quitado del calendario.');
    await waitFor(async () => expect(await rows()).toHaveLength(3));
  });

  it('switches the country after confirming', async () => {
    serve();
    renderInSession(<CalendarScreen active activation={1} />);
    await rows();
    await userEvent.selectOptions(screen.getByLabelText('País'), 'MX');
    const dialog = await screen.findByRole('dialog');
    expect(text(dialog)).toContain('Los días hábiles se contarán con los festivos de México.');
    mockedCall.mockResolvedValueOnce(ok({ country: 'MX', countryName: 'México' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'CAMBIAR PAÍS' }));
    expect(mockedCall).toHaveBeenCalledWith('calendar.setCountry', { country: 'MX' });
    expect(text(await screen.findByRole('status'))).toBe('El calendario sigue ahora los festivos de México.');
  });
});
