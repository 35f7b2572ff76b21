import { type TestOffice, ok } from '../../../db/testing';

/** Test documents to print: a reconnection factura (seed 001) and a debt agreement. */

const productId = (office: TestOffice, name: string) =>
  (office.sqlite.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;

const ownerOf = (office: TestOffice, code: string) =>
  (office.sqlite.prepare('SELECT owner_party_id AS id FROM subscribers WHERE code = ?').get(code) as { id: number }).id;

let keys = 0;
const nextKey = (prefix: string) => `${prefix}-${String(++keys).padStart(6, '0')}`;

export function sampleFactura(office: TestOffice, asesor = office.login('asesor')) {
  return ok(
    office.call(asesor, 'invoices.create', {
      requestKey: nextKey('impresion'),
      paymentForm: 'CONTADO',
      subscriberCode: '100004',
      partyId: ownerOf(office, '100004'),
      lines: ['CORTE', 'RECONEXIÓN DEL SERVICIO'].map((name) => ({ productId: productId(office, name), quantity: 1 })),
      observation: 'Código 100004, ruta 01-002, reconexión del servicio',
    }),
  );
}

export function sampleAgreement(office: TestOffice, asesor = office.login('asesor')) {
  const invoice = sampleFactura(office, asesor);
  return ok(
    office.call(asesor, 'agreements.createForDebt', {
      requestKey: nextKey('acuerdo'),
      subscriberCode: '100004',
      partyId: ownerOf(office, '100004'),
      downPayment: Math.ceil(invoice.total * 0.5),
      installments: 3,
      firstDueOn: '2026-12-10',
    }),
  );
}
