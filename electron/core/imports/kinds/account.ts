import type { Ctx } from '../../context';
import { today } from '../../context';
import { prepared } from '../../statements';
import { CellRefusal } from '../cells';

/** The subscriber a row of cartera, facturación or lecturas belongs to. */
export function subscriberIdOf(ctx: Ctx, code: string): number {
  const row = prepared(ctx.sqlite, 'SELECT id FROM subscribers WHERE code = ?').get(code) as { id: number } | undefined;
  if (!row) throw new CellRefusal('codigo', `Código del suscriptor: ${code} no está en el padrón; importe antes el padrón`);
  return row.id;
}

/** A debt brought from the replaced system, on the account as every charge is: immutable. */
export function postImportedCharge(
  ctx: Ctx,
  c: {
    subscriberId: number;
    on: string;
    amount: number;
    concept: string;
    source: 'CARTERA' | 'PERIODIC_BILL';
    sourceId: number;
    dueOn: string;
  },
): void {
  // Dated when it arose (never in the future), so the oldest debt is paid first.
  const entryDate = c.on < today(ctx) ? c.on : today(ctx);
  prepared(
    ctx.sqlite,
    `INSERT INTO ledger_entries (subscriber_id, entry_date, posted_at, kind, amount, concept, source_type, source_id, due_on, applies_to_id, user_id)
     VALUES (?, ?, ?, 'CHARGE', ?, ?, ?, ?, ?, NULL, ?)`,
  ).run(
    c.subscriberId,
    entryDate,
    ctx.clock.now().toISOString(),
    c.amount,
    c.concept,
    c.source,
    c.sourceId,
    c.dueOn,
    ctx.session?.user.id ?? null,
  );
}

/** Money already on the account cannot be rewritten by a second file: say what is there. */
export const differentMoney = (field: string, what: string) =>
  new CellRefusal(
    field,
    `${what} ya está en la cuenta con otros valores; la cuenta no se reescribe: corrija el archivo o registre un ajuste`,
  );
