import type { Ctx } from '../context';
import type { CollectInvoiceInput, ReceiptView } from '../contract/cash.contract';
import type { InvoiceView } from '../contract/invoices.contract';
import { createCoupon } from '../coupons/coupons.service';
import { AppError } from '../errors';
import { invoiceByNumber } from '../invoices/invoices.service';
import { prepared } from '../statements';
import { recordPayment, requireExactTenders } from './collect';
import { receiptRow, receiptView } from './receipts';
import { requireCollectingSession } from './sessions';

/** The receipt (not voided) that last paid on a charge: what a cashier is told a paid factura was paid with. */
const LAST_RECEIPT_OF_CHARGE = `SELECT r.number FROM receipts r JOIN coupon_items ci ON ci.coupon_id = r.coupon_id
  WHERE ci.charge_id = ? AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = r.id)
  ORDER BY r.id DESC LIMIT 1`;

const CHARGE_OF_INVOICE = 'SELECT charge_entry_id AS chargeId FROM invoices WHERE id = ?';

function chargeOfInvoice(ctx: Ctx, invoice: InvoiceView): number {
  return (prepared(ctx.sqlite, CHARGE_OF_INVOICE).get(invoice.id) as { chargeId: number }).chargeId;
}

/** Why a factura cannot be collected at CAJA now, in the cashier's words; null when it can. */
function whyNotCollectable(ctx: Ctx, invoice: InvoiceView): AppError | null {
  if (invoice.status === 'ANULADA') {
    return new AppError('RULE', `La factura ${invoice.number} está ANULADA (${invoice.voided?.reason ?? ''}): no se cobra.`);
  }
  if (invoice.status === 'PAGADA') {
    const receipt = prepared(ctx.sqlite, LAST_RECEIPT_OF_CHARGE).get(chargeOfInvoice(ctx, invoice)) as
      { number: string } | undefined;
    const how = receipt ? `con el recibo ${receipt.number}` : 'y no tiene saldo pendiente';
    const installments = invoice.agreement
      ? ` Las cuotas del acuerdo ${invoice.agreement.number} se pagan con un cupón de RECAUDO.`
      : '';
    return new AppError('RULE', `La factura ${invoice.number} ya está PAGADA ${how}.${installments}`);
  }
  return null;
}

/** CAJA, a factura's number + Enter: the factura with what it still owes, or why it cannot be paid. */
export function invoiceToCollect(ctx: Ctx, number: string): InvoiceView {
  const invoice = invoiceByNumber(ctx, number);
  const refused = whyNotCollectable(ctx, invoice);
  if (refused) throw refused;
  return invoice;
}

/**
 * REGISTRAR of a factura (seed 004: the user brings the factura's number to CAJA): a coupon for
 * exactly what the factura still owes is issued and paid in the same transaction, so the money
 * goes the one way every payment goes (ledger, receipt, corte de caja, voids). The same request
 * key returns the first receipt, never a second payment.
 */
export function collectInvoice(ctx: Ctx, input: CollectInvoiceInput): ReceiptView {
  const earlier = receiptRow(ctx, 'request_key', input.requestKey);
  if (earlier) {
    const view = receiptView(ctx, earlier.id);
    if (!view.coupon.invoices.includes(input.invoiceNumber.trim().toUpperCase())) {
      throw new AppError('CONFLICT', 'Esta solicitud ya registró otro pago. Vuelva a escribir el número de la factura.');
    }
    return view;
  }
  const session = requireCollectingSession(ctx);
  const invoice = invoiceToCollect(ctx, input.invoiceNumber);
  requireExactTenders(input.tenders, invoice.outstanding, `la factura ${invoice.number}`);
  const coupon = createCoupon(ctx, {
    requestKey: `${input.requestKey}-CUP`,
    subscriberCode: invoice.subscriber.code,
    chargeIds: [chargeOfInvoice(ctx, invoice)],
  });
  return recordPayment(ctx, { sessionId: session.id, coupon, tenders: input.tenders, requestKey: input.requestKey });
}
