import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { DEMO_USERS } from '../../../db/seed/users';
import type { DocumentView } from '../contract/documents.contract';
import { DOCUMENT_TYPES, type DocumentType, mayPrint } from '../contract/print.contract';
import { everyDocument, otherCashier } from './documents.fixtures';
import { NEW_OWNER_NAME } from '../name-change/name-change.fixtures';

/** Who prints each type in these tests (a role of PRINT_ROLES). */
const PRINTER: Record<DocumentType, string> = {
  FACTURA: 'asesor',
  ANULACION_FACTURA: 'asesor',
  ACUERDO: 'asesor',
  PRUEBA: 'admin',
  CUPON: 'asesor',
  RECIBO: 'cajero',
  ANULACION_RECIBO: 'cajero',
  CORTE_CAJA: 'cajero',
  ESTADO_CUENTA: 'asesor',
  INFORME_DIARIO: 'supervisor',
  HOJA_RUTA: 'coordinador',
  ORDEN_TRABAJO: 'coordinador',
  RESPUESTA: 'coordinador',
  EDICTO: 'documental',
  SOLICITUD_TRAMITE: 'coordinador',
  DOCUMENTACION_FALTANTE: 'asesor',
  CERTIFICADO_NO_ADEUDO: 'asesor',
  CONSTANCIA_CAMBIO_NOMBRE: 'asesor',
};

/** What of its record each document must carry, to show it is that record's. */
function recordKey(doc: DocumentView): unknown {
  switch (doc.type) {
    case 'FACTURA':
      return [doc.invoice.number, doc.invoice.total > 0];
    case 'ANULACION_FACTURA':
      return [doc.invoice.number, doc.invoice.voided?.reason];
    case 'ACUERDO':
      return [doc.agreement.number, doc.subscriber.code, doc.party.id === doc.agreement.partyId];
    case 'PRUEBA':
      return [doc.config.workstation, doc.printedAt];
    case 'CUPON':
      return doc.coupon.number;
    case 'RECIBO':
      return doc.receipt.number;
    case 'ANULACION_RECIBO':
      return doc.receipt.void?.number;
    case 'CORTE_CAJA':
      return doc.report.session.closeNumber;
    case 'ESTADO_CUENTA':
      return doc.statement.number;
    case 'INFORME_DIARIO':
      return [`INF-${doc.report.date}`, doc.generatedBy.fullName, doc.generatedAt];
    case 'HOJA_RUTA':
      return [`HR-${doc.day.date}`, doc.day.groups.flatMap((g) => g.visits).length, doc.printedBy.role];
    case 'ORDEN_TRABAJO':
      return doc.order.number;
    case 'RESPUESTA':
      return doc.letter.number;
    case 'EDICTO':
      return [doc.edict.number, doc.letter.number];
    case 'SOLICITUD_TRAMITE':
      return doc.request.filingNumber;
    case 'DOCUMENTACION_FALTANTE':
      return [
        doc.notice.number,
        doc.notice.subscriber.code,
        doc.notice.missing,
        doc.notice.presented,
        doc.notice.asesor.fullName,
      ];
    case 'CERTIFICADO_NO_ADEUDO':
      return [doc.certificate.number, doc.certificate.subscriber.code, doc.certificate.validUntil, doc.validDays];
    case 'CONSTANCIA_CAMBIO_NOMBRE':
      return [doc.constancia.filingNumber, doc.constancia.subscriber.code, doc.constancia.newOwner.fullName];
  }
}

const EXPECTED_KEY = (n: Record<DocumentType, string>): Record<DocumentType, unknown> => ({
  FACTURA: [n.FACTURA, true],
  ANULACION_FACTURA: [n.ANULACION_FACTURA, 'Factura equivocada'],
  ACUERDO: [n.ACUERDO, '100004', true],
  PRUEBA: ['VENTANILLA-01', TEST_NOW],
  CUPON: n.CUPON,
  RECIBO: n.RECIBO,
  ANULACION_RECIBO: n.ANULACION_RECIBO,
  CORTE_CAJA: n.CORTE_CAJA,
  ESTADO_CUENTA: n.ESTADO_CUENTA,
  INFORME_DIARIO: ['INF-2026-11-23', 'Arley Perdomo Losada', TEST_NOW],
  HOJA_RUTA: ['HR-2026-11-25', 1, 'COORDINADOR_PQR'],
  ORDEN_TRABAJO: n.ORDEN_TRABAJO,
  RESPUESTA: n.RESPUESTA,
  EDICTO: [n.EDICTO, n.RESPUESTA],
  SOLICITUD_TRAMITE: n.SOLICITUD_TRAMITE,
  DOCUMENTACION_FALTANTE: [
    n.DOCUMENTACION_FALTANTE,
    '100010',
    ['Cédula del titular'],
    ['Última factura del servicio'],
    'Luz Dary Plaza',
  ],
  CERTIFICADO_NO_ADEUDO: [n.CERTIFICADO_NO_ADEUDO, '100010', '2026-12-23', 30],
  CONSTANCIA_CAMBIO_NOMBRE: [n.CONSTANCIA_CAMBIO_NOMBRE, '100010', NEW_OWNER_NAME],
});

let office: TestOffice;
let numbers: Record<DocumentType, string>;
const sessions = new Map<string, string>();
const as = (username: string) => {
  if (!sessions.has(username)) sessions.set(username, office.login(username));
  return sessions.get(username)!;
};
const get = (username: string, type: DocumentType, number = numbers[type]) =>
  office.call(as(username), 'documents.get', { type, number });

beforeAll(() => {
  office = testOffice();
  numbers = everyDocument(office);
});

describe('documents.get', () => {
  it.each(DOCUMENT_TYPES)('gives %s its record, the company header, the office formatting and its prints', (type) => {
    const doc = ok(get(PRINTER[type], type));
    expect(doc).toMatchObject({ type, number: numbers[type], target: 'DOCUMENT', prints: 0 });
    expect(doc.office).toEqual({ timeZone: 'America/Bogota', locale: 'es-CO', currency: 'COP' });
    expect(doc.company.nit).toBeTruthy();
    expect(recordKey(doc)).toEqual(EXPECTED_KEY(numbers)[type]);
  });

  it('answers each role exactly as PRINT_ROLES says, and a refused role learns nothing', () => {
    for (const type of DOCUMENT_TYPES) {
      for (const { username, role } of DEMO_USERS) {
        const answer = get(username, type);
        if (mayPrint(type, role)) {
          expect(answer.ok, `${username} ${type}`).toBe(true);
          continue;
        }
        expect(answer, `${username} ${type}`).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Su rol no tiene permiso para imprimir este documento.' },
        });
        // The same answer whether the document exists or not.
        expect(failure(get(username, type, 'NO-EXISTE-1')).code).toBe('FORBIDDEN');
      }
    }
    // The attacks of the report: ALMACÉN's factura is its own to print, a cajero's informe diario is not.
    expect(failure(get('cajero', 'INFORME_DIARIO')).code).toBe('FORBIDDEN');
    expect(failure(get('asesor', 'PRUEBA')).code).toBe('FORBIDDEN');
  });

  it('refuses documents that do not exist, in Spanish', () => {
    const missing: [DocumentType, string, string][] = [
      ['FACTURA', 'FAC-2026-999999', 'No existe la factura FAC-2026-999999.'],
      [
        'ANULACION_FACTURA',
        numbers.FACTURA,
        `La factura ${numbers.FACTURA} no está anulada: no hay aviso de anulación que imprimir.`,
      ],
      ['ACUERDO', 'ACP-2026-000009', 'No existe el acuerdo de pago ACP-2026-000009.'],
      [
        'PRUEBA',
        'PRUEBA-CAJA-02',
        'La página de prueba de este equipo es PRUEBA-VENTANILLA-01; PRUEBA-CAJA-02 no es de este equipo.',
      ],
      ['CUPON', 'CUP-2026-999999', expect.stringMatching(/^No existe el cupón CUP-2026-999999\./)],
      ['RECIBO', 'REC-2026-999999', 'No existe el recibo REC-2026-999999.'],
      ['ANULACION_RECIBO', 'ANR-2026-999999', 'No existe la anulación de recibo ANR-2026-999999.'],
      ['CORTE_CAJA', 'CC-2026-999999', 'No existe el corte de caja CC-2026-999999.'],
      ['ESTADO_CUENTA', 'EDC-2026-999999', 'No existe el estado de cuenta EDC-2026-999999.'],
      ['INFORME_DIARIO', 'INF-2026-02-30', expect.stringMatching(/^No existe el informe diario INF-2026-02-30/)],
      ['HOJA_RUTA', 'HR-2026-11-26', 'No hay visitas agendadas el jueves 26/11/2026: no hay hoja de ruta que imprimir.'],
      ['HOJA_RUTA', 'HR-X', expect.stringMatching(/^No existe la hoja de ruta HR-X/)],
      ['ORDEN_TRABAJO', 'OT-2026-999999', 'No existe la orden de trabajo OT-2026-999999.'],
      ['RESPUESTA', 'OFI-2026-999999', 'No existe el oficio de respuesta OFI-2026-999999.'],
      ['EDICTO', 'EDI-2026-999999', 'No existe el edicto EDI-2026-999999.'],
      ['SOLICITUD_TRAMITE', 'RAD-2026-999999', expect.stringMatching(/RAD-2026-999999/)],
    ];
    for (const [type, number, message] of missing) {
      expect(failure(get(PRINTER[type], type, number)), `${type} ${number}`).toEqual({ code: 'NOT_FOUND', message });
    }
  });

  it("refuses a cajero another cashier's corte; the supervisors read every corte", () => {
    const fresh = testOffice();
    const cajera2 = otherCashier(fresh);
    ok(fresh.call(cajera2, 'cash.open', { openingFloat: 100_000 }));
    ok(fresh.call(cajera2, 'cash.declareCount', { count: [{ denomination: 50_000, quantity: 2 }] }));
    const number = ok(fresh.call(cajera2, 'cash.close', { note: '' })).session.closeNumber!;
    const input = { type: 'CORTE_CAJA', number } as const;
    expect(failure(fresh.call(fresh.login('cajero'), 'documents.get', input))).toEqual({
      code: 'FORBIDDEN',
      message: `El corte ${number} es de la caja de otro cajero: solo puede imprimir los de sus cajas.`,
    });
    expect(ok(fresh.call(cajera2, 'documents.get', input)).type).toBe('CORTE_CAJA');
    expect(ok(fresh.call(fresh.login('supervisor'), 'documents.get', input)).type).toBe('CORTE_CAJA');
  });

  it('gives the informe diario only of a day that has come, signed by whoever prints it, at the core clock', () => {
    expect(failure(get('supervisor', 'INFORME_DIARIO', 'INF-2026-11-24'))).toEqual({
      code: 'NOT_FOUND',
      message: 'El informe diario del martes 24/11/2026 aún no existe: ese día no ha llegado.',
    });
    const past = ok(get('director', 'INFORME_DIARIO', 'INF-2026-11-20'));
    expect(past.type === 'INFORME_DIARIO' && [past.report.date, past.generatedBy.role]).toEqual([
      '2026-11-20',
      'DIRECTOR_COMERCIAL',
    ]);
  });

  it('sends only receipts to the receipt printer', () => {
    const roll = ok(office.call(as('cajero'), 'documents.get', { type: 'RECIBO', number: numbers.RECIBO, target: 'RECEIPT' }));
    expect(roll.target).toBe('RECEIPT');
    const wrong = failure(
      office.call(as('asesor'), 'documents.get', { type: 'FACTURA', number: numbers.FACTURA, target: 'RECEIPT' }),
    );
    expect(wrong).toEqual({
      code: 'VALIDATION',
      message: 'Solo los recibos de caja y sus anulaciones se imprimen en la impresora de recibos.',
      issues: [
        { field: 'target', message: 'Solo los recibos de caja y sus anulaciones se imprimen en la impresora de recibos.' },
      ],
    });
  });

  it('refuses bad input and calls without a session', () => {
    const bad = failure(office.call(as('asesor'), 'documents.get', { type: 'FACTURA', number: '../etc/passwd' }));
    expect(bad).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'number' }] });
    expect(bad.message).toBe('Número del documento: solo mayúsculas, números y guiones');
    expect(failure(office.call(as('asesor'), 'documents.get', { type: 'CHEQUE' as DocumentType, number: 'X-1' })).message).toBe(
      'Tipo de documento: no válido',
    );
    expect(failure(office.call(null, 'documents.get', { type: 'PRUEBA', number: 'X' })).code).toBe('SESSION_REQUIRED');
  });
});
