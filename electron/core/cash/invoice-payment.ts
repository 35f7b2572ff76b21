import type { Ctx } from '../context';
import type { CollectInvoiceInput, ReceiptView } from '../contract/cash.contract';
import type { InvoiceView } from '../contract/invoices.contract';
import { createCoupon } from '../coupons/coupons.service';
import { AppError } from '../errors';
import { invoiceByNumber } from '../invoices/invoices.service';
import { prepared } from '../statements';
import { CHARGE_OF_INVOICE, LAST_RECEIPT_OF_CHARGE } from './cash.queries';
import { recordPayment, requireExactTenders } from './collect';
import { receiptRow, receiptView } from './receipts';
import { requireCollectingSession } from './sessions';

function chargeOfInvoice(ctx: Ctx, invoice: InvoiceView): number {
  return (prepared(ctx.sqlite, CHARGE_OF_INVOICE).get(invoice.id) as { chargeId: number }).chargeId;
}

/** Why a factura cannot be collected at CAJA now, in the cashier's words; null when it can. */
function whyInvoiceNotCollectable(ctx: Ctx, invoice: InvoiceView): AppError | null {
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
  const refused = whyInvoiceNotCollectable(ctx, invoice);
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
