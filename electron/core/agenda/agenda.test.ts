import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { setSetting } from '../settings/settings';
import { filePqr } from '../pqr/pqr.fixtures';
import { fileVisit, holidays2026, subscribersOnRoutes, visitForm, visitWithoutAppointment } from './agenda.fixtures';

/** TEST_NOW: Monday 2026-11-23, 09:00 in Florencia. Tuesday 2026-12-08 is a Colombian holiday. */
const HOLIDAYS = [
  { date: '2026-12-08', name: 'Día de la Inmaculada Concepción' },
  { date: '2026-11-26', name: 'Día cívico municipal', source: 'MANUAL' as const },
];

function office(): { office: TestOffice; asesor: string } {
  const o = testOffice();
  holidays2026(o, HOLIDAYS);
  return { office: o, asesor: o.login('asesor') };
}

const TUESDAY = '2026-11-24';
const slot = (visitOn: string, timeWindow = '08:00-10:00') => ({ visitOn, timeWindow });
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('Agenda de visitas: free slots', () => {
  it('offers today’s windows not yet started, then 20 business days, never a weekend or a holiday of the table', () => {
    const { office: o, asesor } = office();
    const free = ok(o.call(asesor, 'agenda.freeSlots', {}));
    expect(free).toMatchObject({ windows: ['08:00-10:00', '10:00-12:00', '14:00-16:00'], capacity: 2, horizon: '2026-12-23' });
    expect(free.days[0]).toEqual({
      date: '2026-11-23',
      windows: [
        { timeWindow: '10:00-12:00', taken: 0, free: 2 },
        { timeWindow: '14:00-16:00', taken: 0, free: 2 },
      ],
    });
    const dates = free.days.map((d) => d.date);
    expect(dates).toHaveLength(21);
    expect(dates.filter((d) => weekday(d) === 0 || weekday(d) === 6)).toEqual([]);
    expect(dates).not.toContain('2026-12-08');
    expect(dates).not.toContain('2026-11-26');
    expect(dates.slice(1, 5)).toEqual(['2026-11-24', '2026-11-25', '2026-11-27', '2026-11-30']);
    expect(dates.at(-1)).toBe('2026-12-23');
  });

  it('starts at today when asked from a past day, and counts days from a later one', () => {
    const { office: o, asesor } = office();
    expect(ok(o.call(asesor, 'agenda.freeSlots', { from: '2026-11-20', days: 1 })).days.map((d) => d.date)).toEqual([
      '2026-11-23',
    ]);
    const fromSaturday = ok(o.call(asesor, 'agenda.freeSlots', { from: '2026-12-05', days: 3 }));
    expect(fromSaturday.days.map((d) => d.date)).toEqual(['2026-12-07', '2026-12-09', '2026-12-10']);
    expect(fromSaturday.days[0]!.windows).toHaveLength(3);
    // At 15:00 every window of today has started: today is no longer offered.
    o.clock.set('2026-11-23T20:00:00.000Z');
    expect(ok(o.call(o.login('asesor'), 'agenda.freeSlots', { days: 1 })).days[0]!.date).toBe(TUESDAY);
  });

  it('follows the settings: windows, places per window and days ahead', () => {
    const { office: o, asesor } = office();
    setSetting(o.db, 'agenda.timeWindows', ['13:00-15:00', '07:00-09:00'], new Date());
    setSetting(o.db, 'agenda.slotsPerWindow', 4, new Date());
    setSetting(o.db, 'agenda.daysAhead', 3, new Date());
    const free = ok(o.call(asesor, 'agenda.freeSlots', {}));
    expect(free.windows).toEqual(['07:00-09:00', '13:00-15:00']);
    expect(free.days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-27']);
    expect(free.days[0]!.windows).toEqual([{ timeWindow: '13:00-15:00', taken: 0, free: 4 }]);
    const far = failure(o.call(asesor, 'agenda.book', { filingNumber: 'RAD-2026-000001', appointment: slot('2026-11-30') }));
    expect(far.code).toBe('NOT_FOUND');
  });
});

describe('Agenda de visitas: booking', () => {
  it('saves the radicado and its appointment together; it holds código, ruta, asesor and radicado', () => {
    const { office: o, asesor } = office();
    const request = fileVisit(o, asesor, slot(TUESDAY));
    expect(request.appointment).toEqual(slot(TUESDAY));
    expect(ok(o.call(asesor, 'agenda.history', { filingNumber: request.filingNumber }))).toEqual([
      expect.objectContaining({
        filingNumber: request.filingNumber,
        visitOn: TUESDAY,
        timeWindow: '08:00-10:00',
        status: 'ACTIVA',
        asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
        rescheduleReason: null,
        replacedById: null,
      }),
    ]);
    const day = ok(o.call(asesor, 'agenda.day', { date: TUESDAY }));
    expect(day.groups).toEqual([
      {
        fieldWorker: null,
        visits: [
          expect.objectContaining({
            filingNumber: request.filingNumber,
            subscriberCode: '100010',
            routeCode: request.subscriber.routeCode,
            address: request.subscriber.address,
            name: request.subscriber.ownerName,
            cause: 'VISITA DOMICILIARIA',
            timeWindow: '08:00-10:00',
            asesor: 'Luz Dary Plaza',
            workOrderNumber: null,
          }),
        ],
      },
    ]);
    const tuesday = ok(o.call(asesor, 'agenda.freeSlots', { from: TUESDAY, days: 1 })).days[0]!;
    expect(tuesday.windows[0]).toEqual({ timeWindow: '08:00-10:00', taken: 1, free: 1 });
  });

  it('gives a slot to a trámite that lost its appointment, through agenda.book', () => {
    const { office: o, asesor } = office();
    const request = visitWithoutAppointment(o, asesor);
    const booked = ok(
      o.call(o.login('coordinador'), 'agenda.book', {
        filingNumber: request.filingNumber.toLowerCase(),
        appointment: slot('2026-11-25', '14:00-16:00'),
      }),
    );
    expect(booked).toMatchObject({ status: 'ACTIVA', visitOn: '2026-11-25', asesor: { fullName: 'Ferney Chávez Muñoz' } });
    expect(ok(o.call(asesor, 'pqr.get', { filingNumber: request.filingNumber })).appointment).toEqual(
      slot('2026-11-25', '14:00-16:00'),
    );
  });

  it('refuses the third visit of a window of two, and a trámite radicated for it is not saved either', () => {
    const { office: o, asesor } = office();
    fileVisit(o, asesor, slot(TUESDAY), '100010');
    fileVisit(o, o.login('asesor2'), slot(TUESDAY), '100011');
    const waiting = visitWithoutAppointment(o, asesor, '100012');
    const before = { appointments: o.count('visit_appointments'), audit: o.count('audit') };
    const full = failure(o.call(asesor, 'agenda.book', { filingNumber: waiting.filingNumber, appointment: slot(TUESDAY) }));
    expect(full.code).toBe('CONFLICT');
    expect(full.issues).toEqual([
      {
        field: 'appointment.timeWindow',
        message: expect.stringMatching(/^Franja: la de 08:00-10:00 del martes 24\/11\/2026 ya está llena \(2 de 2 cupos\)/),
      },
    ]);
    expect(o.count('visit_appointments')).toBe(before.appointments);
    expect(o.count('audit')).toBe(before.audit);

    const requests = o.count('pqr_requests');
    const refused = failure(o.call(asesor, 'pqr.create', visitForm(o, slot(TUESDAY), '100013')));
    expect(refused.issues?.[0]?.field).toBe('appointment.timeWindow');
    expect(o.count('pqr_requests')).toBe(requests);
    // The radicado it would have had is the next one given.
    expect(fileVisit(o, asesor, slot(TUESDAY, '10:00-12:00'), '100013').filingNumber).toBe('RAD-2026-000004');
  });

  it('never gives a weekend, a holiday, a past day, a started window, an unknown window or a day past the horizon', () => {
    const { office: o, asesor } = office();
    const { filingNumber } = visitWithoutAppointment(o, asesor);
    const refusal = (visitOn: string, timeWindow = '08:00-10:00') => {
      const error = failure(o.call(asesor, 'agenda.book', { filingNumber, appointment: { visitOn, timeWindow } }));
      expect(error.code).toBe('VALIDATION');
      return `${error.issues?.[0]?.field} ${error.message}`;
    };
    expect(refusal('2026-11-28')).toBe(
      'appointment.visitOn Fecha de visita: el sábado 28/11/2026 no es día hábil; elija un día de lunes a viernes',
    );
    expect(refusal('2026-11-29')).toMatch(/domingo 29\/11\/2026 no es día hábil/);
    expect(refusal('2026-12-08')).toBe(
      'appointment.visitOn Fecha de visita: el martes 08/12/2026 es festivo (Día de la Inmaculada Concepción); elija un día hábil',
    );
    expect(refusal('2026-11-26')).toMatch(/es festivo \(Día cívico municipal\)/);
    expect(refusal('2026-11-20')).toBe('appointment.visitOn Fecha de visita: el viernes 20/11/2026 ya pasó');
    expect(refusal('2026-11-23')).toBe(
      'appointment.timeWindow Franja: la de 08:00-10:00 de hoy ya empezó; elija una franja posterior',
    );
    expect(refusal(TUESDAY, '07:00-09:00')).toBe(
      'appointment.timeWindow Franja: 07:00-09:00 no es una franja de la agenda (08:00-10:00, 10:00-12:00, 14:00-16:00)',
    );
    expect(refusal('2026-12-24')).toBe(
      'appointment.visitOn Fecha de visita: la agenda está abierta hasta el miércoles 23/12/2026',
    );
    expect(failure(o.call(asesor, 'agenda.book', { filingNumber, appointment: slot('24/11/2026') })).issues?.[0]).toEqual({
      field: 'appointment.visitOn',
      message: 'Fecha de visita: use el formato AAAA-MM-DD',
    });
    // Still bookable today in a window to come.
    expect(ok(o.call(asesor, 'agenda.book', { filingNumber, appointment: slot('2026-11-23', '10:00-12:00') })).status).toBe(
      'ACTIVA',
    );
  });

  it('refuses a causal without agenda, a second appointment, a closed trámite and a role outside PQR', () => {
    const { office: o, asesor } = office();
    const highConsumption = filePqr(o, asesor);
    const book = (filingNumber: string, session = asesor) =>
      failure(o.call(session, 'agenda.book', { filingNumber, appointment: slot(TUESDAY) }));
    expect(book(highConsumption.filingNumber)).toMatchObject({
      code: 'RULE',
      message: 'La causal ALTO CONSUMO no usa la agenda de visitas.',
    });
    const visit = fileVisit(o, asesor, slot('2026-11-25'));
    expect(book(visit.filingNumber).message).toBe(
      `El trámite ${visit.filingNumber} ya tiene cita el miércoles 25/11/2026 de 08:00-10:00: para cambiarla, reprográmela.`,
    );
    const closed = visitWithoutAppointment(o, asesor, '100011');
    o.sqlite.prepare("UPDATE pqr_requests SET status = 'CERRADO' WHERE id = ?").run(closed.id);
    expect(book(closed.filingNumber).message).toMatch(/está cerrado: ya no se le dan ni se mueven citas/);
    expect(book('RAD-2026-999999').code).toBe('NOT_FOUND');
    expect(book(visit.filingNumber, o.login('cajero')).code).toBe('FORBIDDEN');
    expect(o.count('visit_appointments')).toBe(2);
  });
});

describe('Agenda de visitas: rescheduling', () => {
  it('moves the visit with a reason and keeps the old appointment, pointing to the new one', () => {
    const { office: o, asesor } = office();
    const visit = fileVisit(o, asesor, slot(TUESDAY));
    const coordinador = o.login('coordinador');
    const move = (appointment: { visitOn: string; timeWindow: string }, reason: string) =>
      o.call(coordinador, 'agenda.reschedule', { filingNumber: visit.filingNumber, appointment, reason });

    expect(failure(move(slot('2026-11-25'), 'No está')).issues?.[0]).toEqual({
      field: 'reason',
      message: 'Motivo: explique en al menos 10 caracteres',
    });
    expect(failure(move(slot(TUESDAY), 'El usuario pidió otro día')).issues?.[0]?.message).toMatch(
      /ya está en esa fecha y franja/,
    );
    expect(failure(move(slot('2026-11-28'), 'El usuario pidió otro día')).issues?.[0]?.field).toBe('appointment.visitOn');

    const moved = ok(move(slot('2026-11-25', '10:00-12:00'), 'El usuario trabaja el martes en la mañana'));
    expect(moved).toMatchObject({ status: 'ACTIVA', visitOn: '2026-11-25', asesor: { fullName: 'Ferney Chávez Muñoz' } });
    const history = ok(o.call(asesor, 'agenda.history', { filingNumber: visit.filingNumber }));
    expect(history).toEqual([
      expect.objectContaining({
        visitOn: TUESDAY,
        status: 'REPROGRAMADA',
        rescheduleReason: 'El usuario trabaja el martes en la mañana',
        replacedById: moved.id,
        asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
      }),
      moved,
    ]);
    // The old place is free again; the new one is taken.
    const free = ok(o.call(asesor, 'agenda.freeSlots', { from: TUESDAY, days: 2 })).days;
    expect(free[0]!.windows[0]).toMatchObject({ timeWindow: '08:00-10:00', taken: 0 });
    expect(free[1]!.windows[1]).toMatchObject({ timeWindow: '10:00-12:00', taken: 1 });
    expect(ok(o.call(asesor, 'pqr.get', { filingNumber: visit.filingNumber })).appointment).toEqual(
      slot('2026-11-25', '10:00-12:00'),
    );
  });

  it('refuses a full window and a trámite without an active appointment, changing nothing', () => {
    const { office: o, asesor } = office();
    const visit = fileVisit(o, asesor, slot(TUESDAY));
    fileVisit(o, asesor, slot('2026-11-25'), '100011');
    fileVisit(o, asesor, slot('2026-11-25'), '100012');
    const reason = 'El usuario pidió otro día';
    const full = failure(
      o.call(asesor, 'agenda.reschedule', { filingNumber: visit.filingNumber, appointment: slot('2026-11-25'), reason }),
    );
    expect(full.code).toBe('CONFLICT');
    expect(ok(o.call(asesor, 'agenda.history', { filingNumber: visit.filingNumber })).map((a) => a.status)).toEqual(['ACTIVA']);
    const lost = visitWithoutAppointment(o, asesor, '100013');
    expect(
      failure(o.call(asesor, 'agenda.reschedule', { filingNumber: lost.filingNumber, appointment: slot('2026-11-27'), reason }))
        .message,
    ).toMatch(/no tiene una cita activa que reprogramar/);
  });
});

describe('Agenda de visitas: the day', () => {
  it('groups the visits by the field worker of the open work order, by route then window, unassigned last', () => {
    const { office: o, asesor } = office();
    const [a, b, c] = subscribersOnRoutes(o, 3);
    const late = fileVisit(o, asesor, slot(TUESDAY, '14:00-16:00'), a!.code);
    const early = fileVisit(o, asesor, slot(TUESDAY, '08:00-10:00'), a!.code === '100010' ? '100011' : '100010');
    const onC = fileVisit(o, asesor, slot(TUESDAY, '08:00-10:00'), c!.code);
    const onB = fileVisit(o, asesor, slot(TUESDAY, '10:00-12:00'), b!.code);
    const worker = o.sqlite.prepare('SELECT id, name FROM field_workers ORDER BY id LIMIT 1').get() as {
      id: number;
      name: string;
    };
    const coordinador = (o.sqlite.prepare("SELECT id FROM users WHERE username = 'coordinador'").get() as { id: number }).id;
    o.sqlite
      .prepare(
        `INSERT INTO work_orders (number, request_id, field_worker_id, status, assigned_at, assigned_by)
         VALUES ('OT-2026-000001', ?, ?, 'ABIERTA', '2026-11-23T14:30:00.000Z', ?)`,
      )
      .run(onC.id, worker.id, coordinador);

    const day = ok(o.call(asesor, 'agenda.day', { date: TUESDAY }));
    expect(day.groups.map((g) => g.fieldWorker?.name ?? 'Sin asignar')).toEqual([worker.name, 'Sin asignar']);
    expect(day.groups[0]!.visits.map((v) => [v.filingNumber, v.workOrderNumber])).toEqual([[onC.filingNumber, 'OT-2026-000001']]);
    const unassigned = day.groups[1]!.visits;
    const expected = [late, early, onB]
      .map((r) => ({ f: r.filingNumber, route: r.subscriber.routeCode, w: r.appointment!.timeWindow }))
      .sort((x, y) => x.route.localeCompare(y.route) || x.w.localeCompare(y.w));
    expect(unassigned.map((v) => v.filingNumber)).toEqual(expected.map((e) => e.f));
    expect(unassigned.map((v) => v.routeCode)).toEqual(expected.map((e) => e.route));
  });

  it('says whether the day is a business day, its holiday, and the business days around it', () => {
    const { office: o, asesor } = office();
    expect(ok(o.call(asesor, 'agenda.day', { date: '2026-12-08' }))).toMatchObject({
      businessDay: false,
      holiday: 'Día de la Inmaculada Concepción',
      previousBusinessDay: '2026-12-07',
      nextBusinessDay: '2026-12-09',
      groups: [],
    });
    expect(ok(o.call(asesor, 'agenda.day', { date: '2026-11-30' }))).toMatchObject({
      businessDay: true,
      holiday: null,
      previousBusinessDay: '2026-11-27',
      nextBusinessDay: '2026-12-01',
    });
  });
});
