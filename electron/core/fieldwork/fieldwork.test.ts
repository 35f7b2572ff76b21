import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { fileReconnection } from '../pqr/pqr.fixtures';
import { setSetting } from '../settings/settings';
import { assign, fileVisit, photo, reportOf, statusOf, subscriberStatus, workerId } from './fieldwork.fixtures';

const folders: string[] = [];
function archive() {
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-campo-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file under a folder, relative to it. */
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

describe('trabajo de campo: asignación', () => {
  it('numbers a work order, moves the trámite to ASIGNADO and takes it out of the queue', () => {
    const office = testOffice();
    const { request } = fileReconnection(office);
    const supervisor = office.login('supervisor');
    expect(ok(office.call(supervisor, 'fieldWork.queue', {})).map((r) => r.filingNumber)).toContain(request.filingNumber);

    const order = assign(office, supervisor, request.filingNumber);
    expect(order.number).toBe('OT-2026-000001');
    expect(order.status).toBe('ABIERTA');
    expect(order.request).toMatchObject({
      filingNumber: request.filingNumber,
      status: 'ASIGNADO',
      cause: 'RECONEXIÓN DEL SERVICIO',
    });
    expect(order.assignedBy.fullName).toBe('Arley Perdomo Losada');
    expect(order.subscriber.code).toBe('100004');
    expect(ok(office.call(supervisor, 'fieldWork.queue', {})).map((r) => r.filingNumber)).not.toContain(request.filingNumber);
    expect(ok(office.call(supervisor, 'fieldWork.openOrders', {})).map((o) => o.number)).toEqual([order.number]);
    const worker = ok(office.call(supervisor, 'fieldWork.workers', {})).find((w) => w.id === order.fieldWorker.id);
    expect(worker?.openOrders).toBe(1);
    const events = ok(office.call(supervisor, 'pqr.get', { filingNumber: request.filingNumber })).events;
    expect(events.at(-1)).toMatchObject({ fromStatus: 'RADICADO', toStatus: 'ASIGNADO' });
  });

  it('refuses the role the causal does not name, saying which one assigns it', () => {
    const office = testOffice();
    const { request, asesor } = fileReconnection(office);
    const visit = fileVisit(office, asesor);
    const coordinator = office.login('coordinador');
    const supervisor = office.login('supervisor');

    const byCoordinator = failure(
      office.call(coordinator, 'fieldWork.assign', {
        filingNumber: request.filingNumber,
        fieldWorkerId: workerId(office),
        instructions: '',
      }),
    );
    expect(byCoordinator.code).toBe('FORBIDDEN');
    expect(byCoordinator.message).toContain('supervisor de matrícula (rol SUPERVISOR)');
    const bySupervisor = failure(
      office.call(supervisor, 'fieldWork.assign', {
        filingNumber: visit.filingNumber,
        fieldWorkerId: workerId(office),
        instructions: '',
      }),
    );
    expect(bySupervisor.message).toContain('coordinador de PQR (rol COORDINADOR_PQR)');
    expect(
      failure(office.call(asesor, 'fieldWork.assign', { filingNumber: visit.filingNumber, fieldWorkerId: 1, instructions: '' }))
        .code,
    ).toBe('FORBIDDEN');
    expect(office.count('work_orders')).toBe(0);
    expect(statusOf(office, request.filingNumber)).toBe('RADICADO');
    expect(statusOf(office, visit.filingNumber)).toBe('RADICADO');
  });

  it('reassigns an open order only with a reason, voiding the old one', () => {
    const office = testOffice();
    const { request } = fileReconnection(office);
    const supervisor = office.login('supervisor');
    const first = assign(office, supervisor, request.filingNumber, workerId(office, 0));

    const noReason = failure(
      office.call(supervisor, 'fieldWork.assign', {
        filingNumber: request.filingNumber,
        fieldWorkerId: workerId(office, 1),
        instructions: '',
      }),
    );
    expect(noReason.issues?.[0]?.field).toBe('reason');
    expect(noReason.message).toContain(first.number);
    const sameWorker = failure(
      office.call(supervisor, 'fieldWork.assign', {
        filingNumber: request.filingNumber,
        fieldWorkerId: workerId(office, 0),
        instructions: '',
        reason: 'El contratista está incapacitado',
      }),
    );
    expect(sameWorker.issues?.[0]?.field).toBe('fieldWorkerId');

    const second = ok(
      office.call(supervisor, 'fieldWork.assign', {
        filingNumber: request.filingNumber,
        fieldWorkerId: workerId(office, 1),
        instructions: 'Urgente',
        reason: 'El contratista está incapacitado',
      }),
    );
    expect(second.number).toBe('OT-2026-000002');
    const old = ok(office.call(supervisor, 'fieldWork.order', { number: first.number }));
    expect(old).toMatchObject({ status: 'ANULADA', voidReason: 'El contratista está incapacitado' });
    expect(statusOf(office, request.filingNumber)).toBe('ASIGNADO');
    expect(ok(office.call(supervisor, 'fieldWork.openOrders', {})).map((o) => o.number)).toEqual([second.number]);
  });

  it('does not assign a trámite waiting on the user, nor one that is closed, nor to an unknown worker', () => {
    const office = testOffice();
    const { request, asesor } = fileReconnection(office);
    const visit = fileVisit(office, asesor);
    const supervisor = office.login('supervisor');
    const coordinator = office.login('coordinador');
    ok(office.call(coordinator, 'pqr.pause', { filingNumber: visit.filingNumber, reason: 'Se espera la copia de la escritura' }));
    expect(
      failure(
        office.call(coordinator, 'fieldWork.assign', {
          filingNumber: visit.filingNumber,
          fieldWorkerId: workerId(office),
          instructions: '',
        }),
      ).message,
    ).toContain('en espera del usuario');
    office.sqlite.prepare("UPDATE pqr_requests SET status = 'CERRADO' WHERE filing_number = ?").run(request.filingNumber);
    expect(
      failure(
        office.call(supervisor, 'fieldWork.assign', {
          filingNumber: request.filingNumber,
          fieldWorkerId: workerId(office),
          instructions: '',
        }),
      ).message,
    ).toContain('cerrado');
    const unknown = failure(
      office.call(coordinator, 'fieldWork.assign', { filingNumber: 'RAD-2026-999999', fieldWorkerId: 1, instructions: '' }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    expect(office.count('work_orders')).toBe(0);
  });
});

describe('trabajo de campo: informe', () => {
  it('refuses a report for a trámite with no open work order, changing nothing', () => {
    const office = testOffice();
    const { request } = fileReconnection(office);
    const supervisor = office.login('supervisor');
    const error = failure(office.call(supervisor, 'fieldWork.report', reportOf(request.filingNumber)));
    expect(error.message).toContain('no está asignado a un contratista');
    expect(office.count('field_reports')).toBe(0);
    expect(statusOf(office, request.filingNumber)).toBe('RADICADO');
  });

  it('a reconnection done: subscriber ACTIVO again, with its audit entry, and the trámite CERRADO', () => {
    const office = testOffice();
    const { request } = fileReconnection(office);
    office.sqlite.prepare("UPDATE subscribers SET status = 'CORTADO' WHERE code = '100004'").run();
    const supervisor = office.login('supervisor');
    const order = assign(office, supervisor, request.filingNumber);

    const result = ok(office.call(supervisor, 'fieldWork.report', reportOf(request.filingNumber)));
    expect(result).toMatchObject({ requestStatus: 'CERRADO', subscriberStatus: 'ACTIVO' });
    expect(result.order.status).toBe('CERRADA');
    expect(result.order.report).toMatchObject({ done: true, meterReading: 1532, recordedBy: 'Arley Perdomo Losada' });
    expect(subscriberStatus(office, '100004')).toBe('ACTIVO');
    expect(ok(office.call(supervisor, 'subscribers.view', { code: '100004' })).status).toBe('ACTIVO');
    const trámite = ok(office.call(supervisor, 'pqr.get', { filingNumber: request.filingNumber }));
    expect(trámite.closedAt).not.toBeNull();
    expect(trámite.events.slice(-2).map((e) => e.toStatus)).toEqual(['INFORME', 'CERRADO']);
    const audit = office.sqlite
      .prepare("SELECT before, after FROM audit WHERE record_type = 'subscriber' AND record_id = '100004'")
      .get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toEqual({ status: 'CORTADO' });
    expect(JSON.parse(audit.after)).toMatchObject({ status: 'ACTIVO' });
    expect(JSON.parse(audit.after)).toMatchObject({
      document: order.number,
      reason: expect.stringContaining('Reconexión realizada'),
    });
    // The padrón's lifecycle keeps the move with the order that made it.
    expect(ok(office.call(office.login('asesor'), 'padron.history', { code: '100004' })).statuses[0]).toMatchObject({
      fromStatus: 'CORTADO',
      toStatus: 'ACTIVO',
      document: order.number,
    });
  });

  it('a visit done goes to INFORME (the response comes later) and its appointment is REALIZADA', () => {
    const office = testOffice();
    const visit = fileVisit(office, office.login('asesor'));
    const coordinator = office.login('coordinador');
    assign(office, coordinator, visit.filingNumber);
    const result = ok(office.call(coordinator, 'fieldWork.report', reportOf(visit.filingNumber, { meterReading: null })));
    expect(result.requestStatus).toBe('INFORME');
    const appointment = office.sqlite
      .prepare('SELECT status FROM visit_appointments WHERE request_id = (SELECT id FROM pqr_requests WHERE filing_number = ?)')
      .get(visit.filingNumber) as { status: string };
    expect(appointment.status).toBe('REALIZADA');
  });

  it('work not done closes the order and sends the trámite back to the queue, to be assigned again', () => {
    const office = testOffice();
    const visit = fileVisit(office, office.login('asesor'));
    const coordinator = office.login('coordinador');
    const order = assign(office, coordinator, visit.filingNumber);
    const result = ok(
      office.call(
        coordinator,
        'fieldWork.report',
        reportOf(visit.filingNumber, { done: false, findings: 'Nadie en el predio', actions: 'Se dejó aviso de visita' }),
      ),
    );
    expect(result.requestStatus).toBe('RADICADO');
    expect(result.order.status).toBe('CERRADA');
    expect(ok(office.call(coordinator, 'fieldWork.queue', {})).map((r) => r.filingNumber)).toContain(visit.filingNumber);
    expect(assign(office, coordinator, visit.filingNumber).number).not.toBe(order.number);
  });

  it('only the assigning role types the report in; dates in the future or before filing are refused', () => {
    const office = testOffice();
    const { request } = fileReconnection(office);
    const supervisor = office.login('supervisor');
    assign(office, supervisor, request.filingNumber);
    expect(failure(office.call(office.login('coordinador'), 'fieldWork.report', reportOf(request.filingNumber))).code).toBe(
      'FORBIDDEN',
    );
    const future = failure(
      office.call(supervisor, 'fieldWork.report', reportOf(request.filingNumber, { visitedOn: '2026-11-24' })),
    );
    expect(future.issues?.[0]?.field).toBe('visitedOn');
    const early = failure(
      office.call(supervisor, 'fieldWork.report', reportOf(request.filingNumber, { visitedOn: '2026-11-20' })),
    );
    expect(early.message).toContain('anterior a la radicación');
    const empty = failure(office.call(supervisor, 'fieldWork.report', reportOf(request.filingNumber, { findings: '  ' })));
    expect(empty.message).toBe('Hallazgos: es obligatorio');
    ok(office.call(supervisor, 'pqr.pause', { filingNumber: request.filingNumber, reason: 'El usuario no estaba en el predio' }));
    const paused = failure(office.call(supervisor, 'fieldWork.report', reportOf(request.filingNumber)));
    expect(paused.message).toContain('reanúdelo antes de registrar el informe');
    ok(office.call(supervisor, 'pqr.resume', { filingNumber: request.filingNumber }));
    expect(office.count('field_reports')).toBe(0);
    expect(statusOf(office, request.filingNumber)).toBe('ASIGNADO');
    expect(ok(office.call(supervisor, 'fieldWork.report', reportOf(request.filingNumber))).requestStatus).toBe('CERRADO');
  });
});

describe('trabajo de campo: fotos', () => {
  it('archives each photo under SOPORTES/<radicado> with its checksum', () => {
    const dir = archive();
    const office = testOffice({ archiveDir: dir });
    const { request } = fileReconnection(office);
    const supervisor = office.login('supervisor');
    assign(office, supervisor, request.filingNumber);
    const pictures = [photo('Medidor reconectado.JPG'), photo('../../acta firmada.png', 4096, 'png')];
    const result = ok(office.call(supervisor, 'fieldWork.report', reportOf(request.filingNumber, { photos: pictures })));

    const attachments = result.order.report!.attachments;
    const folder = path.join(dir, '2026', '11', 'SOPORTES', request.filingNumber);
    expect(attachments.map((a) => a.archivePath)).toEqual([
      path.join(folder, '1-Medidor_reconectado.jpg'),
      path.join(folder, '2-acta_firmada.png'),
    ]);
    expect(attachments.map((a) => a.bytes)).toEqual([2048, 4096]);
    const stored = office.sqlite.prepare('SELECT sha256, archive_path AS archivePath FROM attachments ORDER BY id').all() as {
      sha256: string;
      archivePath: string;
    }[];
    for (const row of stored) {
      expect(createHash('sha256').update(readFileSync(row.archivePath)).digest('hex')).toBe(row.sha256);
    }
  });

  it('refuses a photo too big or not what it says, writing neither a row nor a file', () => {
    const dir = archive();
    const office = testOffice({ archiveDir: dir });
    setSetting(office.db, 'attachment.maxBytes', 100 * 1024, new Date());
    const { request } = fileReconnection(office);
    const supervisor = office.login('supervisor');
    assign(office, supervisor, request.filingNumber);
    const tooBig = failure(
      office.call(
        supervisor,
        'fieldWork.report',
        reportOf(request.filingNumber, { photos: [photo('a.jpg'), photo('grande.jpg', 150 * 1024)] }),
      ),
    );
    expect(tooBig.issues?.[0]?.field).toBe('photos.1.dataBase64');
    expect(tooBig.message).toContain('el máximo es 0,1 MB');
    const lying = failure(
      office.call(
        supervisor,
        'fieldWork.report',
        reportOf(request.filingNumber, { photos: [{ ...photo('x.png', 2048, 'png'), mimeType: 'image/jpeg' }] }),
      ),
    );
    expect(lying.message).toContain('no es una foto JPEG');
    const gif = failure(
      office.call(supervisor, 'fieldWork.report', {
        ...reportOf(request.filingNumber),
        photos: [{ fileName: 'x.gif', mimeType: 'image/gif' as 'image/png', dataBase64: 'R0lGODlh' }],
      }),
    );
    expect(gif.message).toBe('Tipo de archivo: solo fotos JPEG o PNG, o PDF');
    expect(office.count('field_reports')).toBe(0);
    expect(office.count('attachments')).toBe(0);
    expect(filesIn(dir)).toEqual([]);
    expect(statusOf(office, request.filingNumber)).toBe('ASIGNADO');
  });
});

describe('trabajo de campo: materiales para ALMACÉN', () => {
  function reportWithMaterials() {
    const office = testOffice();
    const { request } = fileReconnection(office);
    const supervisor = office.login('supervisor');
    assign(office, supervisor, request.filingNumber);
    const id = (name: string) => (office.sqlite.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;
    const materials = [
      { productId: id('CAMBIO DE REGISTRO DE PASO'), quantity: 1 },
      { productId: id('FONTANERÍA (HORA)'), quantity: 2 },
    ];
    ok(office.call(supervisor, 'fieldWork.report', reportOf(request.filingNumber, { materials })));
    return { office, request, supervisor };
  }

  it('lists the report for ALMACÉN and invoices its materials once', () => {
    const { office, request, supervisor } = reportWithMaterials();
    const almacen = office.login('almacen');
    const pending = ok(office.call(almacen, 'fieldWork.pendingMaterials', {}));
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ filingNumber: request.filingNumber, estimatedTotal: 96_000 + 2 * 35_000 });
    expect(ok(office.call(supervisor, 'fieldWork.pendingMaterials', {}))).toHaveLength(1);

    const input = { requestKey: 'materiales-0001', fieldReportId: pending[0]!.fieldReportId };
    const invoice = ok(office.call(almacen, 'fieldWork.invoiceMaterials', input));
    expect(invoice.number).toMatch(/^FAC-2026-/);
    expect(invoice.lines.map((l) => [l.name, l.quantity])).toEqual([
      ['CAMBIO DE REGISTRO DE PASO', 1],
      ['FONTANERÍA (HORA)', 2],
    ]);
    expect(invoice.total).toBe(166_000);
    expect(invoice.party.id).toBe(request.party.id);
    expect(invoice.observation).toContain(request.filingNumber);
    expect(ok(office.call(almacen, 'fieldWork.pendingMaterials', {}))).toEqual([]);

    expect(ok(office.call(almacen, 'fieldWork.invoiceMaterials', input)).number).toBe(invoice.number);
    const twice = failure(office.call(almacen, 'fieldWork.invoiceMaterials', { ...input, requestKey: 'materiales-0002' }));
    expect(twice.message).toContain(`ya se facturaron (${invoice.number})`);
    expect(office.count('invoices')).toBe(2);
  });

  it('is ALMACÉN who invoices; the asesor does not see the list', () => {
    const { office, supervisor } = reportWithMaterials();
    expect(
      failure(office.call(supervisor, 'fieldWork.invoiceMaterials', { requestKey: 'materiales-0001', fieldReportId: 1 })).code,
    ).toBe('FORBIDDEN');
    expect(failure(office.call(office.login('asesor'), 'fieldWork.pendingMaterials', {})).code).toBe('FORBIDDEN');
  });
});
