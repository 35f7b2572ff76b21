import type { LedgerKind, LedgerSource } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { nowIso, today } from '../context';
import { prepared } from '../statements';

const INSERT = `INSERT INTO ledger_entries (subscriber_id, entry_date, posted_at, kind, amount, concept, source_type, source_id, due_on, applies_to_id, user_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`;

function insert(
  ctx: Ctx,
  e: {
    subscriberId: number;
    kind: LedgerKind;
    amount: number;
    concept: string;
    source: LedgerSource;
    sourceId: number;
    dueOn?: string | null;
    appliesTo?: number | null;
  },
): number {
  const row = prepared(ctx.sqlite, INSERT).get(
    e.subscriberId,
    today(ctx),
    nowIso(ctx),
    e.kind,
    e.amount,
    e.concept,
    e.source,
    e.sourceId,
    e.dueOn ?? null,
    e.appliesTo ?? null,
    ctx.session?.user.id ?? null,
  ) as { id: number };
  return row.id;
}

/** A new debt on the subscriber's account. */
export function postCharge(
  ctx: Ctx,
  c: { subscriberId: number; amount: number; concept: string; source: LedgerSource; sourceId: number; dueOn: string },
): number {
  if (!Number.isInteger(c.amount) || c.amount <= 0) throw new Error(`Cargo no válido: ${c.amount}`);
  return insert(ctx, { ...c, kind: 'CHARGE' });
}

/**
 * Takes `amount` off one charge (a void, a payment, or moving it into an agreement). Never
 * more than the charge still owes: the account cannot go below zero on a debt.
 */
export function applyToCharge(
  ctx: Ctx,
  a: {
    chargeId: number;
    kind: 'PAYMENT' | 'REVERSAL' | 'FINANCED';
    amount: number;
    concept: string;
    source: LedgerSource;
    sourceId: number;
  },
): number {
  const charge = chargeOf(ctx, a.chargeId);
  if (!Number.isInteger(a.amount) || a.amount <= 0 || a.amount > charge.outstanding) {
    throw new Error(`Abono no válido a la deuda ${a.chargeId}: ${a.amount} de ${charge.outstanding}`);
  }
  return insert(ctx, { ...a, subscriberId: charge.subscriberId, amount: -a.amount, appliesTo: a.chargeId });
}

/**
 * A voided payment gives back to the charge exactly what one of its PAYMENT entries took.
 * The only entry that raises what a debt owes; it can never give back more than was paid.
 */
export function restorePayment(ctx: Ctx, p: { paymentEntryId: number; concept: string; sourceId: number }): number {
  const entry = prepared(
    ctx.sqlite,
    `SELECT e.subscriber_id AS subscriberId, e.amount, e.applies_to_id AS chargeId,
       (SELECT count(*) FROM ledger_entries v WHERE v.kind = 'PAYMENT_VOID' AND v.source_type = 'PAYMENT' AND v.source_id = ? AND v.applies_to_id = e.applies_to_id) AS restored
     FROM ledger_entries e WHERE e.id = ? AND e.kind = 'PAYMENT'`,
  ).get(p.sourceId, p.paymentEntryId) as { subscriberId: number; amount: number; chargeId: number; restored: number } | undefined;
  if (!entry || entry.restored > 0) throw new Error(`Pago ${p.paymentEntryId} inexistente o ya anulado`);
  return insert(ctx, {
    subscriberId: entry.subscriberId,
    kind: 'PAYMENT_VOID',
    amount: -entry.amount,
    concept: p.concept,
    source: 'PAYMENT',
    sourceId: p.sourceId,
    appliesTo: entry.chargeId,
  });
}

export interface OpenCharge {
  id: number;
  subscriberId: number;
  entryDate: string;
  dueOn: string | null;
  concept: string;
  sourceType: LedgerSource;
  sourceId: number;
  amount: number;
  /** What the charge still owes after everything applied to it. */
  outstanding: number;
}

const CHARGE_COLUMNS = `c.id, c.subscriber_id AS subscriberId, c.entry_date AS entryDate, c.due_on AS dueOn, c.concept,
  c.source_type AS sourceType, c.source_id AS sourceId, c.amount,
  c.amount + COALESCE((SELECT SUM(a.amount) FROM ledger_entries a WHERE a.applies_to_id = c.id), 0) AS outstanding`;

export function chargeOf(ctx: Ctx, chargeId: number): OpenCharge {
  const row = prepared(ctx.sqlite, `SELECT ${CHARGE_COLUMNS} FROM ledger_entries c WHERE c.id = ? AND c.kind = 'CHARGE'`).get(
    chargeId,
  ) as OpenCharge | undefined;
  if (!row) throw new Error(`No existe la deuda ${chargeId}`);
  return row;
}

/** Every charge of a subscriber that still owes something, oldest debt first. */
export function openCharges(ctx: Ctx, subscriberId: number): OpenCharge[] {
  return prepared(
    ctx.sqlite,
    `SELECT * FROM (SELECT ${CHARGE_COLUMNS} FROM ledger_entries c WHERE c.subscriber_id = ? AND c.kind = 'CHARGE')
     WHERE outstanding > 0 ORDER BY coalesce(dueOn, entryDate), id`,
  ).all(subscriberId) as OpenCharge[];
}
