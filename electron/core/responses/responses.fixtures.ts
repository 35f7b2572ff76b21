import { ok, type TestOffice } from '../../../db/testing';
import { filePqr } from '../pqr/pqr.fixtures';

/**
 * Test helpers for responses and notifications: a visit (seed 002) with its field report typed
 * in, and its response letter. The report goes in by SQL so these tests do not depend on the
 * field-work screens' procedures.
 */
export function visitWithReport(office: TestOffice, findings = 'Sifón del lavadero obstruido por grasa; red pública sin daños.') {
  const asesor = office.login('asesor');
  const request = fileVisit(office, asesor);
  addFieldReport(office, request.filingNumber, findings);
  return request;
}

/** Seed 002 steps 4–11: ALCANTARILLADO, PETICIÓN INTERNA, VISITA DOMICILIARIA, with a slot of the agenda. */
export function fileVisit(office: TestOffice, asesor: string) {
  return filePqr(office, asesor, {
    code: '100010',
    service: 'ALCANTARILLADO',
    requestType: 'PETICIÓN INTERNA',
    cause: 'VISITA DOMICILIARIA',
    appointment: { visitOn: '2026-11-25', timeWindow: '08:00-10:00' },
    observation: 'Código 100010, ruta 01-010, celular 3101234567: olores y reboce en el lavadero',
  });
}

/** A done field report for the trámite, which moves it to INFORME (as the field-work procedure does). */
export function addFieldReport(office: TestOffice, filingNumber: string, findings: string) {
  const db = office.sqlite;
  const { id: requestId } = db.prepare('SELECT id FROM pqr_requests WHERE filing_number = ?').get(filingNumber) as { id: number };
  const userId = (db.prepare("SELECT id FROM users WHERE username = 'coordinador'").get() as { id: number }).id;
  const workerId = (db.prepare('SELECT id FROM field_workers ORDER BY id LIMIT 1').get() as { id: number }).id;
  const order = db
    .prepare(
      `INSERT INTO work_orders (number, request_id, field_worker_id, status, assigned_at, assigned_by)
       VALUES (?, ?, ?, 'CERRADA', '2026-11-23T15:00:00.000Z', ?) RETURNING id`,
    )
    .get(`OT-TEST-${requestId}`, requestId, workerId, userId) as { id: number };
  db.prepare(
    `INSERT INTO field_reports (work_order_id, visited_on, findings, actions, done, recorded_at, recorded_by)
     VALUES (?, '2026-11-23', ?, 'Se revisó la acometida', 1, '2026-11-23T16:00:00.000Z', ?)`,
  ).run(order.id, findings, userId);
  db.prepare("UPDATE pqr_requests SET status = 'INFORME' WHERE id = ?").run(requestId);
}

export const templateId = (office: TestOffice, name: string) =>
  (office.sqlite.prepare('SELECT id FROM response_templates WHERE name = ?').get(name) as { id: number }).id;

/** The coordinator answers the trámite from a template, as drafted. */
export function respond(office: TestOffice, filingNumber: string, template = 'VISITA REALIZADA SIN HALLAZGOS') {
  const coordinator = office.login('coordinador');
  const draft = ok(office.call(coordinator, 'responses.draft', { filingNumber, templateId: templateId(office, template) }));
  return ok(
    office.call(coordinator, 'responses.create', {
      filingNumber,
      templateId: templateId(office, template),
      body: draft.body,
      suiResponseType: draft.suiResponseType,
    }),
  );
}
