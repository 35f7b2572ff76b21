import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROLES, type Role } from '../../../../../db/schema/enums';
import { may } from '../../../../../electron/core/contract/may';
import { call, type Result } from '../../../api';
import { COMPANY } from '../../../documents/test-fixtures';
import { SESSION, fail, fakeSession, ok } from '../../../test/render';
import { renderInSessionQueries } from '../../../test/session-queries';
import { agendaDay, freeSlots } from '../../../test/agenda-fixtures';
import { AgendaScreen } from './AgendaScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const COORDINADOR = fakeSession({
  info: {
    ...SESSION,
    user: {
      id: 5,
      username: 'coordinador',
      fullName: 'Ferney Chávez Muñoz',
      documentNumber: '17689012',
      role: 'COORDINADOR_PQR',
    },
    modules: ['SUSCRIPTOR', 'PQR', 'REPORTES'],
  },
});

const HISTORY = [
  {
    id: 7,
    filingNumber: 'RAD-2026-000001',
    visitOn: '2026-11-24',
    timeWindow: '08:00-10:00',
    status: 'ACTIVA' as const,
    asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
    createdAt: '2026-11-23T14:10:00.000Z',
    rescheduleReason: null,
    replacedById: null,
  },
];

type Answer = (input: Record<string, unknown>) => Result<unknown>;

function serve(overrides: Record<string, Answer> = {}) {
  const answers: Record<string, Answer> = {
    'company.get': () => ok(COMPANY),
    'agenda.day': (input) =>
      ok(
        input.date === '2026-11-23'
          ? agendaDay({ date: '2026-11-23', groups: [], previousBusinessDay: '2026-11-20', nextBusinessDay: '2026-11-24' })
          : agendaDay({ date: input.date as string }),
      ),
    'agenda.history': () => ok(HISTORY),
    'agenda.freeSlots': () => ok(freeSlots()),
    ...overrides,
  };
  mockedCall.mockImplementation(async (name, input) => {
    const answer = answers[name];
    return (
      answer ? answer(input as Record<string, unknown>) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })
    ) as never;
  });
}

const calls = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name).map(([, input]) => input);

async function openTuesday() {
  renderInSessionQueries(<AgendaScreen active activation={1} />, mockedCall, COORDINADOR);
  await screen.findByText(/0 visitas/);
  await userEvent.click(screen.getByRole('button', { name: 'Día hábil siguiente' }));
  await screen.findByText(/3 visitas/);
}

describe('PQR → Agenda de visitas', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('shows each window’s places with who is booked, in route order, and steps business days', async () => {
    await openTuesday();
    expect(calls('agenda.day')).toEqual([{ date: '2026-11-23' }, { date: '2026-11-24' }]);
    expect(screen.getByLabelText<HTMLInputElement>('Día de la agenda').value).toBe('24/11/2026');
    const grid = screen.getByRole('table', { name: 'Visitas del día por franja y cupo' });
    const rows = within(grid)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Franja', 'Cupo 1', 'Cupo 2'],
      ['08:00-10:00', 'RAD-2026-000001100011 · Usuario 1Ruta 01-001 · Sin asignar', 'Libre'],
      ['10:00-12:00', 'RAD-2026-000003100013 · Usuario 3Ruta 01-003 · Hernán Cuéllar', 'Libre'],
      ['14:00-16:00', 'RAD-2026-000002100012 · Usuario 2Ruta 01-002 · Sin asignar', 'Libre'],
    ]);
    expect((screen.getByRole('button', { name: 'IMPRIMIR HOJA DE RUTA' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says a holiday gives no appointments', async () => {
    serve({
      'agenda.day': (input) =>
        ok(agendaDay({ date: input.date as string, businessDay: false, holiday: 'Día de la Inmaculada Concepción', groups: [] })),
    });
    renderInSessionQueries(<AgendaScreen active activation={1} />, mockedCall, COORDINADOR);
    const field = await screen.findByLabelText('Día de la agenda');
    await userEvent.clear(field);
    await userEvent.type(field, '08/12/2026{Enter}');
    expect(await screen.findByText('Festivo (Día de la Inmaculada Concepción): la agenda no da citas este día.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'IMPRIMIR HOJA DE RUTA' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens a visit with its history and reprograms it to a free place with a reason', async () => {
    serve({
      'agenda.reschedule': () => ok({ ...HISTORY[0], id: 8, visitOn: '2026-11-25' }),
    });
    await openTuesday();
    await userEvent.click(screen.getByRole('button', { name: /^RAD-2026-000001 · 100011 Usuario 1/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Visita RAD-2026-000001 · martes 24/11/2026 · 08:00-10:00' });
    expect(await within(dialog).findByText(/dada por Luz Dary Plaza/)).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Reprogramar' }));
    await within(dialog).findByRole('grid');
    await userEvent.click(within(dialog).getByRole('button', { name: 'GUARDAR REPROGRAMACIÓN' }));
    expect(within(dialog).getByText('Nueva cita: elija un día y una franja libres')).toBeTruthy();
    expect(calls('agenda.reschedule')).toEqual([]);

    within(dialog)
      .getByRole('gridcell', { name: /miércoles 25\/11\/2026 · 10:00-12:00/ })
      .focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.type(within(dialog).getByLabelText('Motivo de la reprogramación'), 'El usuario no estará el martes');
    await userEvent.click(within(dialog).getByRole('button', { name: 'GUARDAR REPROGRAMACIÓN' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls('agenda.reschedule')).toEqual([
      {
        filingNumber: 'RAD-2026-000001',
        appointment: { visitOn: '2026-11-25', timeWindow: '10:00-12:00' },
        reason: 'El usuario no estará el martes',
      },
    ]);
    // The day is read again after the move.
    await waitFor(() => expect(calls('agenda.day')).toHaveLength(3));
  });

  it('shows the core’s refusal when the place was just taken, and reads the free places again', async () => {
    serve({
      'agenda.reschedule': () =>
        fail({
          code: 'CONFLICT',
          message: 'Franja: ya está llena',
          issues: [
            { field: 'appointment.timeWindow', message: 'Franja: la de 10:00-12:00 del miércoles 25/11/2026 ya está llena' },
          ],
        }),
    });
    await openTuesday();
    await userEvent.click(screen.getByRole('button', { name: /^RAD-2026-000001/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reprogramar' }));
    await within(dialog).findByRole('grid');
    within(dialog)
      .getByRole('gridcell', { name: /miércoles 25\/11\/2026 · 10:00-12:00/ })
      .focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.type(within(dialog).getByLabelText('Motivo de la reprogramación'), 'El usuario no estará el martes');
    await userEvent.click(within(dialog).getByRole('button', { name: 'GUARDAR REPROGRAMACIÓN' }));
    expect(await within(dialog).findByText(/ya está llena/)).toBeTruthy();
    await waitFor(() => expect(calls('agenda.freeSlots')).toHaveLength(2));
  });

  it('offers Reprogramar to exactly the roles the contract lets move an appointment', async () => {
    serve({ 'agenda.day': (input) => ok(agendaDay({ date: input.date as string })) });
    const readers = ROLES.filter((role) => may('agenda.day', role));
    const offered: Role[] = [];
    for (const role of readers) {
      const { unmount } = renderInSessionQueries(
        <AgendaScreen active activation={1} />,
        mockedCall,
        fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role } } }),
      );
      await userEvent.click(await screen.findByRole('button', { name: /^RAD-2026-000001 · 100011 Usuario 1/ }));
      const dialog = await screen.findByRole('dialog');
      await within(dialog).findByText(/dada por Luz Dary Plaza/);
      if (within(dialog).queryByRole('button', { name: 'Reprogramar' })) offered.push(role);
      unmount();
    }
    expect(offered).toEqual(readers.filter((role) => may('agenda.reschedule', role)));
    // Some who see the agenda may not move a visit: the check tells them apart.
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThan(readers.length);
  });
});
