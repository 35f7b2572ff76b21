import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { filePqr, fileReconnection } from '../pqr/pqr.fixtures';
import { fileVisit, respond, templateId, visitWithReport } from './responses.fixtures';

const sequence = (office: ReturnType<typeof testOffice>, series: string) =>
  (office.sqlite.prepare('SELECT coalesce(max(last_value), 0) AS n FROM sequences WHERE series = ?').get(series) as { n: number })
    .n;

describe('Plantillas de respuesta (toma de decisión)', () => {
  it('are seeded in the demo and in an empty office', () => {
    const empty = testOffice({ kind: 'empty', subscribers: 0 });
    const names = empty.sqlite.prepare('SELECT name FROM response_templates').pluck().all();
    expect(names.length).toBeGreaterThanOrEqual(4);
    const office = testOffice({ subscribers: 3 });
    const templates = ok(office.call(office.login('admin'), 'responses.templates', {}));
    expect(templates.map((t) => t.name)).toEqual([...names].sort());
    expect(templates.map((t) => t.name)).toContain('FUGA INTERNA - RESPONSABILIDAD DEL USUARIO');
    expect(templates.find((t) => t.name === 'ACCEDE A LA SOLICITUD')).toMatchObject({
      suiResponseType: 1,
      suiResponseLabel: 'Accede',
    });
  });

  it('refuses an unknown placeholder, listing the valid ones, and saves nothing', () => {
    const office = testOffice({ subscribers: 3 });
    const coordinator = office.login('coordinador');
    const before = office.count('response_templates');
    const error = failure(
      office.call(coordinator, 'responses.saveTemplate', {
        name: 'CAMBIO DE MEDIDOR',
        body: 'Señor(a) {{nombre}}: su medidor {{serial}} será cambiado. {{ fecha }}',
        suiResponseType: 1,
      }),
    );
    expect(error.issues?.[0]?.field).toBe('body');
    expect(error.message).toMatch(
      /^Texto: \{\{serial\}\}, \{\{fecha\}\} no son campos de la plantilla\. Use solo: \{\{nombre\}\}, \{\{radicado\}\}/,
    );
    expect(error.message).toContain('{{fecha_radicacion}}');
    expect(office.count('response_templates')).toBe(before);
  });

  it('lets the coordinator and the administrator add and edit templates; a refused SUI type names the list', () => {
    const office = testOffice({ subscribers: 3 });
    const coordinator = office.login('coordinador');
    const created = ok(
      office.call(coordinator, 'responses.saveTemplate', {
        name: 'CAMBIO DE MEDIDOR',
        body: 'Señor(a) {{nombre}}: se cambiará el medidor del código {{codigo}}.',
        suiResponseType: 1,
      }),
    );
    const edited = ok(
      office.call(office.login('admin'), 'responses.saveTemplate', {
        id: created.id,
        name: created.name,
        body: created.body,
        suiResponseType: created.suiResponseType,
        active: false,
      }),
    );
    expect(edited).toMatchObject({ id: created.id, active: false });
    expect(ok(office.call(coordinator, 'responses.templates', {})).map((t) => t.id)).not.toContain(created.id);
    expect(ok(office.call(coordinator, 'responses.templates', { includeInactive: true })).map((t) => t.id)).toContain(created.id);
    const badType = failure(
      office.call(coordinator, 'responses.saveTemplate', { name: 'X', body: 'Texto', suiResponseType: 12 }),
    );
    expect(badType.message).toMatch(/^Tipo de respuesta SUI: 1 Accede, 2 Accede parcialmente, 3 No accede, .* 11 Archiva$/);
    const duplicate = failure(
      office.call(coordinator, 'responses.saveTemplate', { name: 'ACCEDE A LA SOLICITUD', body: 'Texto', suiResponseType: 1 }),
    );
    expect(duplicate.issues?.[0]).toEqual({ field: 'name', message: 'Nombre: ya existe la plantilla ACCEDE A LA SOLICITUD' });
    const asesor = office.login('asesor');
    expect(failure(office.call(asesor, 'responses.saveTemplate', { name: 'Y', body: 'Texto', suiResponseType: 1 })).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('PQR → Respuestas (seed 002 step 16)', () => {
  it('drafts the letter from a template with the trámite data and the findings of the visit report', () => {
    const office = testOffice();
    const request = visitWithReport(office, 'Sifón del lavadero obstruido por grasa.');
    const coordinator = office.login('coordinador');
    const draft = ok(
      office.call(coordinator, 'responses.draft', {
        filingNumber: request.filingNumber,
        templateId: templateId(office, 'VISITA REALIZADA SIN HALLAZGOS'),
      }),
    );
    expect(draft.suiResponseType).toBe(3);
    expect(draft.unfilled).toEqual([]);
    expect(draft.body).toContain(`Señor(a) ${request.party.fullName}:`);
    expect(draft.body).toContain(
      `radicada con el número ${request.filingNumber} el 23 de noviembre de 2026, por la causal VISITA DOMICILIARIA`,
    );
    expect(draft.body).toContain(`${request.subscriber.address} (código de suscriptor 100010)`);
    expect(draft.body).toContain('En la visita se encontró: Sifón del lavadero obstruido por grasa.');
    expect(draft.body).not.toMatch(/\{\{|\}\}/);
  });

  it('refuses a response before the field report when the causal requires one, and changes nothing', () => {
    const office = testOffice();
    const request = fileVisit(office, office.login('asesor'));
    const coordinator = office.login('coordinador');
    const error = failure(
      office.call(coordinator, 'responses.create', {
        filingNumber: request.filingNumber,
        body: 'Se atendió su solicitud.',
        suiResponseType: 1,
      }),
    );
    expect(error).toMatchObject({ code: 'RULE' });
    expect(error.message).toBe(
      `La causal VISITA DOMICILIARIA requiere el informe de visita antes de responder: registre primero el informe del trámite ${request.filingNumber}.`,
    );
    expect(office.count('response_letters')).toBe(0);
    expect(sequence(office, 'OFICIO')).toBe(0);
    expect(ok(office.call(coordinator, 'pqr.get', { filingNumber: request.filingNumber })).status).toBe('RADICADO');
    expect(ok(office.call(coordinator, 'responses.pending', {})).map((r) => r.filingNumber)).not.toContain(request.filingNumber);
  });

  it('numbers letters consecutively from the OFICIO series, with no gap after a refusal, and moves the trámite to RESPONDIDO', () => {
    const office = testOffice();
    const first = visitWithReport(office);
    const coordinator = office.login('coordinador');
    expect(
      ok(office.call(coordinator, 'responses.pending', {})).find((r) => r.filingNumber === first.filingNumber),
    ).toMatchObject({
      status: 'INFORME',
      hasReport: true,
      cause: 'VISITA DOMICILIARIA',
    });
    const letter = respond(office, first.filingNumber);
    expect(letter).toMatchObject({
      number: 'OFI-2026-000001',
      suiResponseType: 3,
      suiResponseLabel: 'No accede',
      templateName: 'VISITA REALIZADA SIN HALLAZGOS',
      request: { filingNumber: first.filingNumber, status: 'RESPONDIDO', cause: 'VISITA DOMICILIARIA' },
      signer: { fullName: 'Ferney Chávez Muñoz', documentNumber: '17689012' },
      subscriber: { code: '100010' },
    });
    const view = ok(office.call(coordinator, 'pqr.get', { filingNumber: first.filingNumber }));
    expect(view.status).toBe('RESPONDIDO');
    expect(view.events.at(-1)).toMatchObject({
      fromStatus: 'INFORME',
      toStatus: 'RESPONDIDO',
      note: 'Oficio de respuesta OFI-2026-000001',
    });

    const noReport = fileVisit(office, office.login('asesor'));
    failure(
      office.call(coordinator, 'responses.create', { filingNumber: noReport.filingNumber, body: 'Texto', suiResponseType: 1 }),
    );
    // ALTO CONSUMO needs no field report: answered straight from RADICADO.
    const direct = filePqr(office, office.login('asesor'), { code: '100011' });
    expect(ok(office.call(coordinator, 'responses.pending', {})).map((r) => r.filingNumber)).toContain(direct.filingNumber);
    const second = ok(
      office.call(coordinator, 'responses.create', {
        filingNumber: direct.filingNumber,
        body: 'Revisado el consumo, se encontró correcto.',
        suiResponseType: 3,
      }),
    );
    expect(second.number).toBe('OFI-2026-000002');
    expect(ok(office.call(office.login('asesor'), 'responses.get', { number: 'ofi-2026-000002' })).body).toBe(
      'Revisado el consumo, se encontró correcto.',
    );
  });

  it('a double GUARDAR with the same text keeps one letter', () => {
    const office = testOffice();
    const request = visitWithReport(office);
    const coordinator = office.login('coordinador');
    const input = { filingNumber: request.filingNumber, body: 'Se atendió la visita.', suiResponseType: 1 };
    const first = ok(office.call(coordinator, 'responses.create', input));
    expect(ok(office.call(coordinator, 'responses.create', input)).number).toBe(first.number);
    expect(office.count('response_letters')).toBe(1);
    expect(ok(office.call(coordinator, 'responses.of', { filingNumber: request.filingNumber }))).toHaveLength(1);
  });

  it('refuses an empty text, a placeholder left unfilled, a closed trámite and another role', () => {
    const office = testOffice();
    const request = visitWithReport(office);
    const coordinator = office.login('coordinador');
    const base = { filingNumber: request.filingNumber, suiResponseType: 1 };
    expect(failure(office.call(coordinator, 'responses.create', { ...base, body: '   ' })).issues?.[0]).toEqual({
      field: 'body',
      message: 'Texto: es obligatorio',
    });
    expect(failure(office.call(coordinator, 'responses.create', { ...base, body: 'x'.repeat(8001) })).issues?.[0]?.message).toBe(
      'Texto: máximo 8000 caracteres',
    );
    expect(failure(office.call(coordinator, 'responses.create', { ...base, body: 'Señor(a) {{nombre}}' })).message).toBe(
      'Texto: reemplace {{nombre}} por el dato que corresponde',
    );
    expect(failure(office.call(office.login('asesor'), 'responses.create', { ...base, body: 'Texto' })).code).toBe('FORBIDDEN');
    office.sqlite.prepare("UPDATE pqr_requests SET status = 'CERRADO' WHERE filing_number = ?").run(request.filingNumber);
    expect(failure(office.call(coordinator, 'responses.create', { ...base, body: 'Texto' })).message).toBe(
      `El trámite ${request.filingNumber} está cerrado: ya no se responde.`,
    );
    expect(office.count('response_letters')).toBe(0);
  });

  it('a reconnection closes with its field report: no response letter, before or after it', () => {
    const office = testOffice();
    const { request } = fileReconnection(office);
    const coordinator = office.login('coordinador');
    const answer = () =>
      failure(
        office.call(coordinator, 'responses.create', { filingNumber: request.filingNumber, body: 'Texto', suiResponseType: 1 }),
      );
    expect(answer().message).toBe(
      'La causal RECONEXIÓN DEL SERVICIO se cierra con el informe de terreno: no lleva oficio de respuesta.',
    );
    expect(ok(office.call(coordinator, 'responses.pending', {})).map((r) => r.filingNumber)).not.toContain(request.filingNumber);
    office.sqlite.prepare("UPDATE pqr_requests SET status = 'CERRADO' WHERE id = ?").run(request.id);
    expect(answer().message).toBe(`El trámite ${request.filingNumber} está cerrado: ya no se responde.`);
  });
});
