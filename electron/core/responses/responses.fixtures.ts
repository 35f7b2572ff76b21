import { ok, type TestOffice } from '../../../db/testing';
import { filePqr } from '../pqr/pqr.fixtures';

/** Test helpers for responses and notifications: a visit (seed 002) with its field report, and its response letter. */
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

/** The coordinator assigns the visit and types in the done report: the trámite moves to INFORME. */
export function addFieldReport(office: TestOffice, filingNumber: string, findings: string) {
  const coordinator = office.login('coordinador');
  const workerId = (
    office.sqlite.prepare('SELECT id FROM field_workers WHERE active = 1 ORDER BY id LIMIT 1').get() as { id: number }
  ).id;
  ok(
    office.call(coordinator, 'fieldWork.assign', { filingNumber, fieldWorkerId: workerId, instructions: 'Visita domiciliaria' }),
  );
  ok(
    office.call(coordinator, 'fieldWork.report', {
      filingNumber,
      visitedOn: '2026-11-23',
      findings,
      actions: 'Se revisó la acometida',
      done: true,
      materials: [],
    }),
  );
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
