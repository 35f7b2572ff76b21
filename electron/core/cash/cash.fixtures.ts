import { ok, type TestOffice } from '../../../db/testing';
import type { CollectInput } from '../contract/cash.contract';

/** Test helpers for RECAUDO and CAJA: a reconnection factura and a coupon for it. */
export const key = () => `k-${Math.random().toString(36).slice(2, 12)}`;

export function reconnectionFactura(office: TestOffice, asesor: string, code = '100004') {
  const productId = (name: string) =>
    (office.sqlite.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;
  const party = office.sqlite.prepare('SELECT owner_party_id AS id FROM subscribers WHERE code = ?').get(code) as { id: number };
  return ok(
    office.call(asesor, 'invoices.create', {
      requestKey: key(),
      paymentForm: 'CONTADO',
      subscriberCode: code,
      partyId: party.id,
      lines: ['CORTE', 'RECONEXIÓN DEL SERVICIO'].map((name) => ({ productId: productId(name), quantity: 1 })),
      observation: `Código ${code}, reconexión del servicio`,
    }),
  );
}

/** A coupon for one factura (its charge only). */
export function couponFor(office: TestOffice, asesor: string, invoiceNumber: string, amount?: number) {
  const invoice = ok(office.call(asesor, 'invoices.get', { number: invoiceNumber }));
  const owed = ok(office.call(asesor, 'coupons.owed', { code: invoice.subscriber.code }));
  const item = owed.items.find((i) => i.reference === invoiceNumber)!;
  return ok(
    office.call(asesor, 'coupons.create', {
      requestKey: key(),
      subscriberCode: invoice.subscriber.code,
      chargeIds: [item.chargeId],
      ...(amount === undefined ? {} : { amount }),
    }),
  );
}

export const cash = (amount: number, tendered = amount): CollectInput['tenders'][number] => ({
  method: 'EFECTIVO',
  amount,
  tendered,
});

export const balanceOf = (office: TestOffice, code: string) =>
  (
    office.sqlite
      .prepare(
        'SELECT coalesce(sum(amount), 0) AS b FROM ledger_entries l JOIN subscribers s ON s.id = l.subscriber_id WHERE s.code = ?',
      )
      .get(code) as { b: number }
  ).b;

/** Códigos of demo subscribers that owe at least `charges` debts, in código order. */
export function indebted(office: TestOffice, charges = 2): string[] {
  return (
    office.sqlite
      .prepare(
        `SELECT s.code FROM subscribers s WHERE (SELECT count(*) FROM ledger_entries c WHERE c.subscriber_id = s.id AND c.kind = 'CHARGE'
           AND c.amount + coalesce((SELECT sum(a.amount) FROM ledger_entries a WHERE a.applies_to_id = c.id), 0) > 0) >= ? ORDER BY s.code`,
      )
      .all(charges) as { code: string }[]
  ).map((r) => r.code);
}
