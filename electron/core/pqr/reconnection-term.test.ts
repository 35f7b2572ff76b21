import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { fileReconnection } from './pqr.fixtures';

/** SPEC §5b: a reconnection is due within 24 hours of the verified payment, not 15 business days. */
describe('PQR: the reconnection term in hours', () => {
  it('is due 24 hours after it was radicated, shown in hours, and goes from due soon to overdue at that hour', () => {
    const office = testOffice();
    const { request } = fileReconnection(office);
    expect(request.deadline).toMatchObject({
      dueAt: '2026-11-24T14:00:00.000Z',
      dueOn: '2026-11-24',
      hoursLeft: 24,
      dueSoon: true,
      overdue: false,
    });
    const coordinator = office.login('coordinador');
    const list = (bandeja: 'POR_VENCER' | 'VENCIDOS') =>
      ok(office.call(coordinator, 'pqr.list', { bandeja })).rows.map((r) => r.filingNumber);
    expect(list('POR_VENCER')).toContain(request.filingNumber);

    office.clock.set('2026-11-24T13:30:00.000Z');
    const late = office.login('coordinador');
    expect(ok(office.call(late, 'pqr.get', { filingNumber: request.filingNumber })).deadline).toMatchObject({
      hoursLeft: 1,
      overdue: false,
    });
    office.clock.set('2026-11-24T14:30:00.000Z');
    const after = office.login('coordinador');
    expect(ok(office.call(after, 'pqr.get', { filingNumber: request.filingNumber })).deadline).toMatchObject({
      hoursLeft: -1,
      overdue: true,
      dueSoon: false,
    });
    const rows = (bandeja: 'POR_VENCER' | 'VENCIDOS') => ok(office.call(after, 'pqr.list', { bandeja })).rows;
    expect(rows('VENCIDOS').find((r) => r.filingNumber === request.filingNumber)).toMatchObject({ overdue: true, hoursLeft: -1 });
    expect(rows('POR_VENCER').map((r) => r.filingNumber)).not.toContain(request.filingNumber);
  });

  it('is not extended; waiting on the user, its 24 hours start again when the office resumes it', () => {
    const office = testOffice();
    const { request } = fileReconnection(office);
    const supervisor = office.login('supervisor');
    const refused = failure(
      office.call(office.login('coordinador'), 'pqr.extend', {
        filingNumber: request.filingNumber,
        days: 5,
        reason: 'Falta material de la cuadrilla',
      }),
    );
    expect(refused.message).toBe(`El trámite ${request.filingNumber} se atiende en 24 horas: no admite prórroga.`);
    ok(office.call(supervisor, 'pqr.pause', { filingNumber: request.filingNumber, reason: 'El usuario no estaba en el predio' }));
    office.clock.set('2026-11-26T15:00:00.000Z');
    const later = office.login('supervisor');
    const resumed = ok(office.call(later, 'pqr.resume', { filingNumber: request.filingNumber }));
    expect(resumed.deadline).toMatchObject({ dueAt: '2026-11-27T15:00:00.000Z', dueOn: '2026-11-27', hoursLeft: 24 });
  });
});
