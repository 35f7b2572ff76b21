import { describe, expect, it } from 'vitest';
import { ok, testOffice, type TestOffice } from '../../../db/testing';
import { key } from '../cash/cash.fixtures';
import { METER_INSPECTION } from '../consumption/meter-inspection';
import { issuedCertificate } from '../no-debt/no-debt.fixtures';
import { causeId, ownerOf, pqrForm } from '../pqr/pqr.fixtures';

/** TEST_TODAY is Monday 2026-11-23; 8 December 2026 is a holiday. */
const at = (office: TestOffice, day: string) => office.clock.set(`${day}T15:00:00.000Z`);

/** A counter trámite radicated by the titular with every requirement of its causal presented. */
function fileCounter(office: TestOffice, asesor: string, cause: string, code: string, extra: object = {}) {
  const requirements = office.sqlite
    .prepare(`SELECT id FROM requirements WHERE cause_id = ? AND applicant_kind = 'TITULAR' AND active = 1`)
    .all(causeId(office, cause)) as { id: number }[];
  const form = { ...pqrForm(office, { code, cause, observation: `Código ${code} · ${cause.toLowerCase()}` }), ...extra };
  return ok(
    office.call(asesor, 'pqr.create', {
      ...form,
      applicantKind: 'TITULAR',
      requirementsPresented: requirements.map((r) => r.id),
    }),
  );
}

describe('informe diario: the counter trámites of seed 004', () => {
  it('counts what was received by trámite, lists pending cancellations, inspections due and certificates issued', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const statement = {
      requestKey: key(),
      subscriberCode: '100004',
      partyId: ownerOf(office, '100004'),
      capacity: 'TITULAR' as const,
    };
    ok(office.call(asesor, 'statements.issue', statement));
    const certificate = issuedCertificate(office, asesor);
    const cancellation = fileCounter(office, asesor, 'CANCELACIÓN DE TOMA', '100011');
    const inspection = fileCounter(office, asesor, METER_INSPECTION.causeName, '100012', {
      appointment: { visitOn: '2026-11-25', timeWindow: '08:00-10:00' },
    });
    // A new login each time: days pass between the questions.
    const report = (date: string) => ok(office.call(office.login('supervisor'), 'reports.daily', { date })).counterRequests;

    const today = report('2026-11-23');
    expect(today.received).toEqual([
      { procedure: 'ESTADO DE CUENTA', received: 1 },
      { procedure: 'CERTIFICADO DE NO ADEUDO', received: 1 },
      { procedure: 'CAMBIO DE NOMBRE', received: 0 },
      { procedure: 'CANCELACIÓN DE TOMA', received: 1 },
      { procedure: 'INSPECCIÓN DE MEDIDOR', received: 1 },
    ]);
    expect(today.pendingApprovals).toEqual([
      expect.objectContaining({ filingNumber: cancellation.filingNumber, subscriberCode: '100011', filedOn: '2026-11-23' }),
    ]);
    expect(today.pendingApprovals[0]!.asesor).not.toBe('');
    // The inspection's term is 10 business days: not due soon on the day it was radicated.
    expect(today.inspections).toEqual([]);
    expect(today.certificates).toEqual([
      expect.objectContaining({
        number: certificate.number,
        subscriberCode: '100010',
        asesor: today.pendingApprovals[0]!.asesor,
      }),
    ]);
    expect(today.certificates[0]!.validUntil > '2026-11-23').toBe(true);
    expect(today.totals).toEqual({ received: 4, pendingApprovals: 1, inspections: 0, certificates: 1 });

    // Due on 7 December: due soon on the 3rd (two business days left), overdue on the 9th.
    const dueOn = office.sqlite
      .prepare('SELECT due_on AS d FROM pqr_requests WHERE filing_number = ?')
      .get(inspection.filingNumber);
    expect(dueOn).toEqual({ d: '2026-12-07' });
    at(office, '2026-12-03');
    const soon = report('2026-12-03');
    expect(soon.received.every((r) => r.received === 0)).toBe(true);
    expect(soon.certificates).toEqual([]);
    expect(soon.pendingApprovals).toHaveLength(1);
    expect(soon.inspections).toEqual([
      expect.objectContaining({
        filingNumber: inspection.filingNumber,
        subscriberCode: '100012',
        dueOn: '2026-12-07',
        daysLeft: 2,
      }),
    ]);
    at(office, '2026-12-09');
    expect(report('2026-12-09').inspections[0]).toMatchObject({ daysLeft: -1 });
    // A day before they were radicated, nothing was pending yet.
    expect(report('2026-11-20').totals).toEqual({ received: 0, pendingApprovals: 0, inspections: 0, certificates: 0 });
  });
});
