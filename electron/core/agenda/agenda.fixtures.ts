import type { TestOffice } from '../../../db/testing';
import { forgetHolidays } from '../calendar/holidays';
import { filePqr, pqrForm } from '../pqr/pqr.fixtures';

/** Test helpers for the visit agenda. TEST_NOW is Monday 2026-11-23, 09:00 in Florencia. */
export interface TestSlot {
  visitOn: string;
  timeWindow: string;
}

/** Seed 002: ALCANTARILLADO, PETICIÓN INTERNA, causal VISITA DOMICILIARIA. */
const VISIT = { service: 'ALCANTARILLADO', requestType: 'PETICIÓN INTERNA', cause: 'VISITA DOMICILIARIA' } as const;

/** The PQR → TRÁMITE form of a visit with its slot. */
export const visitForm = (office: TestOffice, appointment: TestSlot, code = '100010') =>
  pqrForm(office, { ...VISIT, code, appointment });

/** A visit radicated with its slot, as the counter does (pqr.create books it in the same transaction). */
export const fileVisit = (office: TestOffice, session: string, appointment: TestSlot, code = '100010') =>
  filePqr(office, session, { ...VISIT, code, appointment });

/**
 * A visit trámite that has no ACTIVA appointment (its first one was cancelled), so agenda.book
 * can give it one. The cancelled appointment took its place on the last offered day.
 */
export function visitWithoutAppointment(office: TestOffice, session: string, code = '100010') {
  const request = fileVisit(office, session, { visitOn: '2026-12-22', timeWindow: '14:00-16:00' }, code);
  office.sqlite.prepare("UPDATE visit_appointments SET status = 'CANCELADA' WHERE request_id = ?").run(request.id);
  return request;
}

/**
 * Only these holidays for 2026 in the office's table (a year with rows is never reloaded from
 * the library), so a test knows exactly which days the agenda must skip.
 */
export function holidays2026(office: TestOffice, days: { date: string; name: string; source?: 'LIBRERIA' | 'MANUAL' }[]) {
  office.sqlite.prepare("DELETE FROM holidays WHERE country = 'CO' AND date LIKE '2026-%'").run();
  const insert = office.sqlite.prepare(
    "INSERT INTO holidays (country, date, name, source, created_at) VALUES ('CO', ?, ?, ?, '2026-01-01T00:00:00.000Z')",
  );
  for (const d of days) insert.run(d.date, d.name, d.source ?? 'LIBRERIA');
  forgetHolidays(office.sqlite);
}

/** Subscribers of the demo padrón on different routes, in route order: código and ruta. */
export function subscribersOnRoutes(office: TestOffice, n: number): { code: string; route: string }[] {
  return office.sqlite
    .prepare(
      `SELECT min(s.code) AS code, r.code AS route FROM subscribers s JOIN routes r ON r.id = s.route_id
       WHERE s.status <> 'CANCELADO' GROUP BY r.code ORDER BY r.code LIMIT ?`,
    )
    .all(n) as { code: string; route: string }[];
}
