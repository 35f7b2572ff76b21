import type { Ctx } from '../context';
import type { CauseRow, GateResult } from '../contract/pqr.contract';
import { today } from '../context';
import { invoiceView } from '../invoices/invoices.service';
import { accountStanding, owedSentence } from '../ledger/account-current';
import { officeText } from '../office/office-format';
import { priceOn } from '../products/products.service';
import { prepared } from '../statements';

/**
 * Seed 001's payment gate: a causal with a gate product (RECONEXIÓN DEL SERVICIO) is radicated
 * only when the system itself finds that product's factura PAGADA — or signed on CRÉDITO with
 * its agreement in force. The paper receipt is not trusted. Each factura opens one trámite.
 * Seed 004: a causal that asks for an account al corriente is refused first when anything is
 * overdue (what and since when); the fee is told from the gate product's price.
 */
const CANDIDATES = `SELECT DISTINCT i.id, i.number, p.name AS productName,
    (SELECT r.filing_number FROM pqr_requests r WHERE r.gate_invoice_id = i.id) AS usedBy
  FROM invoices i
  JOIN invoice_lines l ON l.invoice_id = i.id
  JOIN products p ON p.id = l.product_id
  WHERE i.subscriber_id = ? AND p.code = ? AND i.voided_at IS NULL
  ORDER BY i.id DESC`;

interface Candidate {
  id: number;
  number: string;
  productName: string;
  usedBy: string | null;
}

export type GateCheck = GateResult & { invoiceId: number | null; agreementId: number | null };

const NOTHING_FOUND = { invoiceNumber: null, agreementNumber: null, invoiceId: null, agreementId: null, fee: null };

const pass = (message: string): GateCheck => ({ required: false, ok: true, message, ...NOTHING_FOUND });

const FEE = `SELECT p.id FROM products p WHERE p.code = ?`;

/** The gate product's price today: what the counter tells the user the trámite costs. */
function feeOf(ctx: Ctx, productCode: string): number | null {
  const product = prepared(ctx.sqlite, FEE).get(productCode) as { id: number } | undefined;
  return product ? (priceOn(ctx, product.id, today(ctx))?.price ?? null) : null;
}

export function checkGate(ctx: Ctx, subscriber: { id: number; code: string }, cause: CauseRow): GateCheck {
  if (cause.requiresAccountCurrent) {
    const standing = accountStanding(ctx, subscriber.id);
    if (!standing.current)
      return { required: true, ok: false, message: owedSentence(ctx, subscriber.code, standing), ...NOTHING_FOUND };
  }
  if (!cause.gateProductCode) {
    return pass(cause.requiresAccountCurrent ? 'Cuenta al corriente: nada vencido.' : 'La causal no exige un pago previo.');
  }
  const subscriberId = subscriber.id;
  const fee = feeOf(ctx, cause.gateProductCode);
  const candidates = prepared(ctx.sqlite, CANDIDATES).all(subscriberId, cause.gateProductCode) as Candidate[];
  const refuse = (message: string, c?: Candidate): GateCheck => ({
    required: true,
    ok: false,
    message,
    ...NOTHING_FOUND,
    invoiceNumber: c?.number ?? null,
    fee,
  });
  const product = candidates[0]?.productName ?? cause.name;
  let pending: { number: string; outstanding: number } | undefined;
  let broken: string | undefined;
  for (const c of candidates.filter((x) => x.usedBy === null)) {
    const invoice = invoiceView(ctx, c.id);
    const agreement = invoice.agreement;
    if (invoice.status !== 'PAGADA') {
      pending ??= { number: invoice.number, outstanding: invoice.outstanding };
      continue;
    }
    if (agreement && (agreement.status === 'INCUMPLIDA' || agreement.status === 'ANULADA')) {
      broken ??= `La factura ${invoice.number} se financió con el acuerdo ${agreement.number}, que está ${agreement.status}.`;
      continue;
    }
    const how = agreement ? `pagada la cuota inicial del acuerdo ${agreement.number} (${agreement.status})` : 'PAGADA';
    return {
      required: true,
      ok: true,
      message: `Factura ${invoice.number} de ${product}: ${how}.`,
      invoiceNumber: invoice.number,
      agreementNumber: agreement?.number ?? null,
      invoiceId: invoice.id,
      agreementId: agreement?.id ?? null,
      fee,
    };
  }
  if (pending) {
    return refuse(
      `La factura ${pending.number} de ${product} está PENDIENTE (debe ${officeText(ctx.db).money(pending.outstanding)}): ` +
        'genere el cupón en RECAUDO y páguelo en CAJA antes de radicar.',
      candidates.find((c) => c.number === pending.number),
    );
  }
  if (broken) return refuse(broken);
  const used = candidates.find((c) => c.usedBy !== null);
  const tail = used ? ` (la factura ${used.number} ya se usó en el radicado ${used.usedBy})` : '';
  const cost = fee === null ? '' : ` Costo del trámite: ${officeText(ctx.db).money(fee)}.`;
  return refuse(
    `No hay factura de ${product} pagada para este suscriptor${tail}: primero SUSCRIPTOR → FACTURA con ${product}, ` +
      `luego el cupón en RECAUDO y el pago en CAJA.${cost}`,
  );
}
