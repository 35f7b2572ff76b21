import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import type { CollectInput, ReceiptView } from '../contract/cash.contract';
import type { CouponView } from '../contract/coupons.contract';
import { couponByNumber, whyNotCollectable } from '../coupons/coupons.service';
import { AppError, invalidField } from '../errors';
import { applyToCharge, chargeOf } from '../ledger/postings';
import { nextNumber } from '../sequences/sequences';
import { prepared } from '../statements';
import { receiptRow, receiptView } from './receipts';
import { requireCollectingSession } from './sessions';

type Tender = CollectInput['tenders'][number];

/** Efectivo handed over beyond what it pays is change; other methods pay exactly. */
export function changeOf(tenders: Tender[]): number {
  const cash = tenders.find((t) => t.method === 'EFECTIVO');
  return cash ? (cash.tendered ?? cash.amount) - cash.amount : 0;
}

/**
 * The medios de pago add up to exactly what is collected: change comes from the efectivo
 * handed over, and an abono is a RECAUDO coupon.
 */
export function requireExactTenders(tenders: Tender[], total: number, what: string): void {
  const paying = tenders.reduce((t, x) => t + x.amount, 0);
  if (paying !== total) {
    throw invalidField('tenders', `Medios de pago: suman ${paying} y ${what} es por ${total}; deben ser iguales`);
  }
}

/**
 * REGISTRAR at CAJA: the coupon's items are paid on the ledger (each charge gets what the
 * coupon says, oldest first as the coupon was built), the money is recorded with its tenders,
 * and the receipt is numbered, all in one transaction. The same request key returns the first
 * receipt: a double Enter, a retry or a restart never pays twice.
 */
export function collect(ctx: Ctx, input: CollectInput): ReceiptView {
  const earlier = receiptRow(ctx, 'request_key', input.requestKey);
  if (earlier) {
    const view = receiptView(ctx, earlier.id);
    if (view.coupon.number !== input.couponNumber.trim().toUpperCase()) {
      throw new AppError('CONFLICT', 'Esta solicitud ya registró otro pago. Vuelva a escanear el cupón.');
    }
    return view;
  }
  const session = requireCollectingSession(ctx);
  const coupon = couponByNumber(ctx, input.couponNumber);
  const refused = whyNotCollectable(coupon);
  if (refused) throw refused;
  requireExactTenders(input.tenders, coupon.total, 'el cupón');
  return recordPayment(ctx, { sessionId: session.id, coupon, tenders: input.tenders, requestKey: input.requestKey });
}

/**
 * The one way money comes in at CAJA, whatever the user brought (a coupon, a factura's number):
 * the coupon's items paid on the ledger, the payment and its tenders, the numbered receipt.
 */
export function recordPayment(
  ctx: Ctx,
  { sessionId, coupon, tenders, requestKey }: { sessionId: number; coupon: CouponView; tenders: Tender[]; requestKey: string },
): ReceiptView {
  for (const item of coupon.items) {
    const charge = chargeOf(ctx, item.chargeId);
    if (charge.outstanding < item.amount) {
      throw new AppError(
        'RULE',
        `El cupón ${coupon.number} ya no corresponde a la deuda (${item.reference ?? item.concept} debe ${charge.outstanding}, ` +
          `el cupón cobra ${item.amount}); puede estar anulada o pagada con otro cupón. El usuario debe pedir un cupón nuevo.`,
      );
    }
  }
  const { number } = nextNumber(ctx, 'RECIBO');
  const day = today(ctx);
  const at = nowIso(ctx);
  const cashier = actor(ctx).id;
  const payment = prepared(
    ctx.sqlite,
    `INSERT INTO payments (subscriber_id, paid_on, paid_at, amount, channel, reference) VALUES (?, ?, ?, ?, 'CAJA', ?) RETURNING id`,
  ).get(coupon.subscriber.id, day, at, coupon.total, number) as { id: number };
  for (const item of coupon.items) {
    applyToCharge(ctx, {
      chargeId: item.chargeId,
      kind: 'PAYMENT',
      amount: item.amount,
      concept: `Pago recibo ${number} (cupón ${coupon.number})`,
      source: 'PAYMENT',
      sourceId: payment.id,
    });
  }
  const receipt = prepared(
    ctx.sqlite,
    `INSERT INTO receipts (number, coupon_id, cash_session_id, payment_id, subscriber_id, amount, change, paid_on, paid_at, cashier_id, request_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(
    number,
    coupon.id,
    sessionId,
    payment.id,
    coupon.subscriber.id,
    coupon.total,
    changeOf(tenders),
    day,
    at,
    cashier,
    requestKey,
  ) as {
    id: number;
  };
  const insertTender = prepared(
    ctx.sqlite,
    'INSERT INTO receipt_tenders (receipt_id, method, amount, tendered, reference) VALUES (?, ?, ?, ?, ?)',
  );
  for (const t of tenders) {
    insertTender.run(
      receipt.id,
      t.method,
      t.amount,
      t.method === 'EFECTIVO' ? (t.tendered ?? t.amount) : null,
      t.reference ?? '',
    );
  }
  ctx.audit({ recordType: 'receipt', recordId: number, after: { coupon: coupon.number, invoices: coupon.invoices, tenders } });
  return receiptView(ctx, receipt.id);
}
