import { type TestOffice, ok } from '../../../db/testing';
import { cash, couponFor, key } from '../cash/cash.fixtures';
import type { DocumentType } from '../contract/print.contract';
import { testPageNumber } from '../contract/print.contract';
import { missingNotice } from '../pqr/pqr.fixtures';
import { issuedCertificate } from '../no-debt/no-debt.fixtures';
import { changedOwner } from '../name-change/name-change.fixtures';
import { addFieldReport, fileVisit, respond } from '../responses/responses.fixtures';

/** Test documents to print: a reconnection factura (seed 001), a debt agreement, and one of every type. */

const productId = (office: TestOffice, name: string) =>
  (office.sqlite.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;

const ownerOf = (office: TestOffice, code: string) =>
  (office.sqlite.prepare('SELECT owner_party_id AS id FROM subscribers WHERE code = ?').get(code) as { id: number }).id;

let keys = 0;
const nextKey = (prefix: string) => `${prefix}-${String(++keys).padStart(6, '0')}`;

export function sampleFactura(office: TestOffice, asesor = office.login('asesor'), code = '100004') {
  return ok(
    office.call(asesor, 'invoices.create', {
      requestKey: nextKey('impresion'),
      paymentForm: 'CONTADO',
      subscriberCode: code,
      partyId: ownerOf(office, code),
      lines: ['CORTE', 'RECONEXIÓN DEL SERVICIO'].map((name) => ({ productId: productId(office, name), quantity: 1 })),
      observation: `Código ${code}, reconexión del servicio`,
    }),
  );
}

export function sampleAgreement(office: TestOffice, asesor = office.login('asesor')) {
  sampleFactura(office, asesor);
  const { debt } = ok(office.call(asesor, 'agreements.debtOf', { code: '100004' }));
  return ok(
    office.call(asesor, 'agreements.createForDebt', {
      requestKey: nextKey('acuerdo'),
      subscriberCode: '100004',
      partyId: ownerOf(office, '100004'),
      downPayment: Math.ceil(debt * 0.5),
      installments: 3,
      firstDueOn: '2026-12-10',
    }),
  );
}

/** A second cashier, ready to work (the password already changed). */
export function otherCashier(office: TestOffice): string {
  const password = 'Caja-Florencia-2027';
  ok(
    office.call(office.login('admin'), 'users.create', {
      username: 'cajera2',
      fullName: 'Marleny Cuéllar Rojas',
      documentNumber: '1117555444',
      role: 'CAJERO',
      password,
    }),
  );
  office.sqlite.prepare("UPDATE users SET must_change_password = 0 WHERE username = 'cajera2'").run();
  return ok(office.call(null, 'auth.login', { username: 'cajera2', password })).sessionId;
}

/** The cash desk's day: a receipt, a second one voided, and the corte of the session. */
function cashDay(office: TestOffice, asesor: string, cajero: string) {
  const coupon = couponFor(office, asesor, sampleFactura(office, asesor, '100005').number);
  const voidedCoupon = couponFor(office, asesor, sampleFactura(office, asesor, '100006').number);
  ok(office.call(cajero, 'cash.open', { openingFloat: 200_000 }));
  const pay = (number: string, total: number) =>
    ok(office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: number, tenders: [cash(total)] }));
  const receipt = pay(coupon.number, coupon.total);
  const voided = ok(
    office.call(cajero, 'cash.voidReceipt', {
      receiptNumber: pay(voidedCoupon.number, voidedCoupon.total).number,
      reason: 'Se cobró el cupón de otro suscriptor',
      supervisorUsername: 'supervisor',
      supervisorPassword: 'Supervisor2026',
    }),
  );
  ok(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 100_000, quantity: 2 }] }));
  const close = ok(office.call(cajero, 'cash.close', { note: 'Sin novedad' }));
  return { coupon, receipt, voided, close };
}

/** The visit of seed 002 through its letter and a failed personal notification, to its edicto. */
function visitToEdict(office: TestOffice, asesor: string) {
  const request = fileVisit(office, asesor);
  addFieldReport(office, request.filingNumber, 'Sifón del lavadero obstruido por grasa; red pública sin daños.');
  const letter = respond(office, request.filingNumber);
  const documental = office.login('documental');
  const { filingNumber } = request;
  ok(
    office.call(documental, 'notifications.record', {
      filingNumber,
      kind: 'PERSONAL',
      result: 'FALLIDO',
      note: 'Predio cerrado',
    }),
  );
  const edict = ok(office.call(documental, 'notifications.record', { filingNumber, kind: 'EDICTO' }));
  const order = office.sqlite.prepare('SELECT number FROM work_orders ORDER BY id DESC LIMIT 1').pluck().get() as string;
  return { request, letter, edict, order };
}

/** One document of every type, by type: its number in the test office (today 2026-11-23). */
export function everyDocument(office: TestOffice): Record<DocumentType, string> {
  const asesor = office.login('asesor');
  const factura = sampleFactura(office, asesor);
  const voidedFactura = sampleFactura(office, asesor, '100007');
  ok(office.call(office.login('supervisor'), 'invoices.void', { number: voidedFactura.number, reason: 'Factura equivocada' }));
  const agreement = sampleAgreement(office, asesor);
  const desk = cashDay(office, asesor, office.login('cajero'));
  const statement = ok(
    office.call(asesor, 'statements.issue', {
      requestKey: key(),
      subscriberCode: '100004',
      partyId: ownerOf(office, '100004'),
      capacity: 'TITULAR',
    }),
  );
  const visit = visitToEdict(office, asesor);
  const notice = missingNotice(office, asesor);
  const certificate = issuedCertificate(office, asesor);
  const nameChange = changedOwner(office, asesor);
  return {
    FACTURA: factura.number,
    ANULACION_FACTURA: voidedFactura.number,
    ACUERDO: agreement.number,
    PRUEBA: testPageNumber('VENTANILLA-01'),
    CUPON: desk.coupon.number,
    RECIBO: desk.receipt.number,
    ANULACION_RECIBO: desk.voided.void!.number,
    CORTE_CAJA: desk.close.session.closeNumber!,
    ESTADO_CUENTA: statement.number,
    INFORME_DIARIO: 'INF-2026-11-23',
    HOJA_RUTA: 'HR-2026-11-25',
    ORDEN_TRABAJO: visit.order,
    RESPUESTA: visit.letter.number,
    EDICTO: visit.edict.number!,
    SOLICITUD_TRAMITE: visit.request.filingNumber,
    DOCUMENTACION_FALTANTE: notice.number,
    CERTIFICADO_NO_ADEUDO: certificate.number,
    CONSTANCIA_CAMBIO_NOMBRE: nameChange.request.filingNumber,
  };
}
