import type { Ctx } from '../../context';
import type { ImportSource } from './kind';
import { prepared } from '../../statements';
import { CellRefusal } from '../cells';

/** Per call (one batch): the subscribers already found, as a batch reads and then writes each row. */
const found = new WeakMap<Ctx, Map<string, number>>();

/** The subscriber a row of cartera, facturación or lecturas belongs to. */
export function subscriberIdOf(ctx: Ctx, code: string): number {
  let known = found.get(ctx);
  if (!known) found.set(ctx, (known = new Map()));
  const hit = known.get(code);
  if (hit !== undefined) return hit;
  const row = prepared(ctx.sqlite, 'SELECT id FROM subscribers WHERE code = ?').get(code) as { id: number } | undefined;
  if (!row) throw new CellRefusal('codigo', `Código del suscriptor: ${code} no está en el padrón; importe antes el padrón`);
  known.set(code, row.id);
  return row.id;
}

/** A debt brought from the replaced system, on the account as every charge is: immutable. */
export function postImportedCharge(
  ctx: Ctx,
  source: ImportSource,
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
  const entryDate = c.on < source.today ? c.on : source.today;
  prepared(
    ctx.sqlite,
    `INSERT INTO ledger_entries (subscriber_id, entry_date, posted_at, kind, amount, concept, source_type, source_id, due_on, applies_to_id, user_id)
     VALUES (?, ?, ?, 'CHARGE', ?, ?, ?, ?, ?, NULL, ?)`,
  ).run(c.subscriberId, entryDate, source.now, c.amount, c.concept, c.source, c.sourceId, c.dueOn, source.userId);
}

/** Money already on the account cannot be rewritten by a second file: say what is there. */
export const differentMoney = (field: string, what: string) =>
  new CellRefusal(
    field,
    `${what} ya está en la cuenta con otros valores; la cuenta no se reescribe: corrija el archivo o registre un ajuste`,
  );
