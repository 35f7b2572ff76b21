import { and, desc, eq } from 'drizzle-orm';
import { invoiceLines, invoices } from '../../../db/schema';
import type { InvoiceStatus } from '../../../db/schema/enums';
import { agreementView, signAgreement, voidAgreementOfInvoice } from '../agreements/agreements.service';
import { addDays } from '../calendar/civil';
import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import type { InvoiceView } from '../contract/invoices.contract';
import type { AgreementTerms } from '../contract/agreements.contract';
import { AppError, invalidField, notFound } from '../errors';
import { applyToCharge, chargeOf, postCharge } from '../ledger/postings';
import { getPartyRow } from '../parties/parties.service';
import { getProduct, priceOn } from '../products/products.service';
import { nextNumber } from '../sequences/sequences';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';

export interface CreateInvoice {
  requestKey: string;
  paymentForm: 'CONTADO' | 'CREDITO';
  subscriberCode: string;
  partyId?: number;
  lines: { productId: number; quantity: number }[];
  observation: string;
  agreement?: AgreementTerms;
}

/** The lines as they will be saved: catalog name and today's price, copied. */
function priceLines(ctx: Ctx, lines: CreateInvoice['lines']) {
  const day = today(ctx);
  return lines.map((line, i) => {
    const product = getProduct(ctx, line.productId);
    if (!product.active) throw invalidField(`lines.${i}.productId`, `Producto: ${product.name} está inactivo`);
    const price = priceOn(ctx, product.id, day)?.price;
    if (!price) throw invalidField(`lines.${i}.productId`, `Producto: ${product.name} no tiene precio vigente`);
    return {
      lineNo: i + 1,
      productId: product.id,
      code: product.code,
      name: product.name,
      category: product.category,
      taxable: product.taxable,
      quantity: line.quantity,
      unitPrice: price,
      amount: price * line.quantity,
    };
  });
}

/**
 * GUARDAR on SUSCRIPTOR → FACTURA: numbers the factura, copies the prices, posts its charge
 * to the subscriber's account and, for CRÉDITO, signs its payment agreement, all at once.
 * The same request key twice (a double click, a retry) returns the first factura.
 */
export function createInvoice(ctx: Ctx, input: CreateInvoice): InvoiceView {
  const earlier = ctx.db.select({ id: invoices.id }).from(invoices).where(eq(invoices.requestKey, input.requestKey)).get();
  if (earlier) return invoiceView(ctx, earlier.id);
  const subscriber = getByCode(ctx, input.subscriberCode);
  if (subscriber.status === 'CANCELADO') {
    throw invalidField('subscriberCode', `Código del suscriptor: ${subscriber.code} está CANCELADO; no se le factura`);
  }
  const party = getPartyRow(ctx, input.partyId!);
  const lines = priceLines(ctx, input.lines);
  const total = lines.reduce((t, l) => t + l.amount, 0);
  const { number } = nextNumber(ctx, 'FACTURA');
  const invoice = ctx.db
    .insert(invoices)
    .values({
      number,
      subscriberId: subscriber.id,
      partyId: party.id,
      paymentForm: input.paymentForm,
      observation: input.observation,
      total,
      createdAt: nowIso(ctx),
      createdBy: actor(ctx).id,
      requestKey: input.requestKey,
    })
    .returning({ id: invoices.id })
    .get();
  ctx.db
    .insert(invoiceLines)
    .values(lines.map((l) => ({ ...l, invoiceId: invoice.id })))
    .run();
  const chargeEntryId = postCharge(ctx, {
    subscriberId: subscriber.id,
    amount: total,
    concept: `Factura ${number}`,
    source: 'INVOICE',
    sourceId: invoice.id,
    dueOn: addDays(today(ctx), getSetting(ctx.db, 'invoice.dueDays')),
  });
  ctx.db.update(invoices).set({ chargeEntryId }).where(eq(invoices.id, invoice.id)).run();
  if (input.paymentForm === 'CREDITO') {
    signAgreement(ctx, {
      ...input.agreement!,
      requestKey: `${input.requestKey}-ACP`,
      subscriberId: subscriber.id,
      partyId: party.id,
      chargeIds: [chargeEntryId],
      invoiceId: invoice.id,
    });
  }
  ctx.audit({ recordType: 'invoice', recordId: number, after: { ...input, total } });
  return invoiceView(ctx, invoice.id);
}

export function invoiceStatus(voided: boolean, outstanding: number): InvoiceStatus {
  if (voided) return 'ANULADA';
  return outstanding === 0 ? 'PAGADA' : 'PENDIENTE';
}

/** The counter's hot path (after every GUARDAR): plain prepared SQL, one row and the lines. */
const INVOICE_HEADER = `SELECT i.id, i.number, i.payment_form AS paymentForm, i.subscriber_id AS subscriberId, i.party_id AS partyId,
    i.total, i.observation, i.created_at AS createdAt, i.charge_entry_id AS chargeId,
    i.voided_at AS voidedAt, i.void_reason AS voidReason, s.code,
    u.full_name AS asesorName, u.document_number AS asesorDocument, v.full_name AS voidedByName, v.document_number AS voidedByDocument,
    (SELECT a.id FROM payment_agreements a WHERE a.invoice_id = i.id) AS agreementId
  FROM invoices i JOIN subscribers s ON s.id = i.subscriber_id JOIN users u ON u.id = i.created_by
  LEFT JOIN users v ON v.id = i.voided_by
  WHERE i.id = ?`;

const INVOICE_LINES = `SELECT line_no AS lineNo, product_id AS productId, code, name, category, quantity, unit_price AS unitPrice, amount
  FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no`;

interface InvoiceHeader {
  id: number;
  number: string;
  paymentForm: InvoiceView['paymentForm'];
  partyId: number;
  total: number;
  observation: string;
  createdAt: string;
  chargeId: number;
  voidedAt: string | null;
  voidReason: string | null;
  code: string;
  asesorName: string;
  asesorDocument: string;
  voidedByName: string | null;
  voidedByDocument: string | null;
  agreementId: number | null;
}

export function invoiceView(ctx: Ctx, id: number): InvoiceView {
  const row = prepared(ctx.sqlite, INVOICE_HEADER).get(id) as InvoiceHeader | undefined;
  if (!row) throw notFound('La factura no existe.');
  const charge = chargeOf(ctx, row.chargeId);
  return {
    id: row.id,
    number: row.number,
    paymentForm: row.paymentForm,
    status: invoiceStatus(row.voidedAt !== null, charge.outstanding),
    subscriber: getByCode(ctx, row.code),
    party: getPartyRow(ctx, row.partyId),
    lines: prepared(ctx.sqlite, INVOICE_LINES).all(id) as InvoiceView['lines'],
    total: row.total,
    outstanding: charge.outstanding,
    observation: row.observation,
    createdAt: row.createdAt,
    dueOn: charge.dueOn ?? charge.entryDate,
    asesor: { fullName: row.asesorName, documentNumber: row.asesorDocument },
    voided: row.voidedAt
      ? { at: row.voidedAt, by: row.voidedByName ?? '', byDocument: row.voidedByDocument ?? '', reason: row.voidReason ?? '' }
      : null,
    agreement: row.agreementId ? agreementView(ctx, row.agreementId) : null,
  };
}

function invoiceIdOf(ctx: Ctx, number: string): number {
  const row = ctx.db.select({ id: invoices.id }).from(invoices).where(eq(invoices.number, number)).get();
  if (!row) throw notFound(`No existe la factura ${number}.`);
  return row.id;
}

export const invoiceByNumber = (ctx: Ctx, number: string) => invoiceView(ctx, invoiceIdOf(ctx, number));

export function invoicesOf(ctx: Ctx, code: string) {
  const subscriber = getByCode(ctx, code);
  return ctx.db
    .select({ id: invoices.id })
    .from(invoices)
    .where(eq(invoices.subscriberId, subscriber.id))
    .orderBy(desc(invoices.id))
    .all()
    .map((r) => {
      const v = invoiceView(ctx, r.id);
      return {
        number: v.number,
        createdAt: v.createdAt,
        total: v.total,
        outstanding: v.outstanding,
        status: v.status,
        paymentForm: v.paymentForm,
      };
    });
}

/**
 * A supervisor voids an unpaid factura: what it still owes is reversed in the ledger (and its
 * agreement's installments, for CRÉDITO). Anything paid on it, even partly, forbids the void here.
 */
export function voidInvoice(ctx: Ctx, input: { number: string; reason: string }): InvoiceView {
  const id = invoiceIdOf(ctx, input.number);
  const before = invoiceView(ctx, id);
  if (before.voided) throw new AppError('RULE', `La factura ${input.number} ya está ANULADA.`);
  const row = ctx.db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, id)))
    .get()!;
  const charge = chargeOf(ctx, row.chargeEntryId!);
  const paid = ctx.sqlite
    .prepare("SELECT count(*) AS n FROM ledger_entries WHERE applies_to_id = ? AND kind = 'PAYMENT'")
    .get(charge.id) as { n: number };
  if (paid.n > 0 || before.status === 'PAGADA') {
    throw new AppError('RULE', `La factura ${input.number} tiene pagos registrados: no se puede anular aquí.`);
  }
  if (before.agreement) voidAgreementOfInvoice(ctx, before.agreement.id, input.reason);
  if (charge.outstanding > 0) {
    applyToCharge(ctx, {
      chargeId: charge.id,
      kind: 'REVERSAL',
      amount: charge.outstanding,
      concept: `Anulación de la factura ${input.number}`,
      source: 'INVOICE',
      sourceId: id,
    });
  }
  ctx.db
    .update(invoices)
    .set({ voidedAt: nowIso(ctx), voidedBy: actor(ctx).id, voidReason: input.reason })
    .where(eq(invoices.id, id))
    .run();
  ctx.audit({
    recordType: 'invoice',
    recordId: input.number,
    before: { status: before.status },
    after: { status: 'ANULADA', reason: input.reason },
  });
  return invoiceView(ctx, id);
}
