import type { AgendaDay, FreeSlots } from '../screens/pqr/agenda/agenda-text';

/** Monday 2026-11-23 at 09:00: today's first window has started; Tuesday's first window is full. */
export function freeSlots(overrides: Partial<FreeSlots> = {}): FreeSlots {
  const windows = ['08:00-10:00', '10:00-12:00', '14:00-16:00'];
  const day = (date: string, taken: Record<string, number> = {}, only = windows) => ({
    date,
    windows: only.map((timeWindow) => ({ timeWindow, taken: taken[timeWindow] ?? 0, free: 2 - (taken[timeWindow] ?? 0) })),
  });
  return {
    windows,
    capacity: 2,
    horizon: '2026-12-23',
    days: [
      day('2026-11-23', {}, windows.slice(1)),
      day('2026-11-24', { '08:00-10:00': 2, '10:00-12:00': 1 }),
      day('2026-11-25'),
      day('2026-11-27'),
    ],
    ...overrides,
  };
}

const visit = (n: number, over: Partial<AgendaDay['groups'][number]['visits'][number]> = {}) => ({
  appointmentId: n,
  filingNumber: `RAD-2026-00000${n}`,
  timeWindow: '08:00-10:00',
  status: 'ACTIVA' as const,
  subscriberCode: `10001${n}`,
  name: `Usuario ${n}`,
  address: `Calle ${n} # 4-5`,
  neighborhood: 'Centro',
  routeCode: `01-00${n}`,
  mobile: `31000000${n}`,
  service: 'ALCANTARILLADO' as const,
  cause: 'VISITA DOMICILIARIA',
  requestStatus: 'RADICADO' as const,
  asesor: 'Luz Dary Plaza',
  workOrderNumber: null,
  ...over,
});

/** Tuesday 2026-11-24: one visit assigned to a field worker, two not yet assigned. */
export function agendaDay(overrides: Partial<AgendaDay> = {}): AgendaDay {
  return {
    date: '2026-11-24',
    businessDay: true,
    holiday: null,
    previousBusinessDay: '2026-11-23',
    nextBusinessDay: '2026-11-25',
    windows: ['08:00-10:00', '10:00-12:00', '14:00-16:00'],
    capacity: 2,
    groups: [
      {
        fieldWorker: { id: 1, name: 'Hernán Cuéllar', documentNumber: '17600111', mobile: '3157778899' },
        visits: [visit(3, { timeWindow: '10:00-12:00', routeCode: '01-003', workOrderNumber: 'OT-2026-000001' })],
      },
      {
        fieldWorker: null,
        visits: [visit(1), visit(2, { timeWindow: '14:00-16:00' })],
      },
    ],
    ...overrides,
  };
}
