import type { LedgerKind } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { prepared } from '../statements';

export interface Movement {
  id: number;
  entryDate: string;
  kind: LedgerKind;
  concept: string;
  amount: number;
  dueOn: string | null;
  balanceAfter: number;
}

/** The balance is derived from the ledger, never typed: the sum of every entry. */
export function balanceOf(ctx: Ctx, subscriberId: number): number {
  const row = prepared(ctx.sqlite, 'SELECT COALESCE(SUM(amount), 0) AS balance FROM ledger_entries WHERE subscriber_id = ?').get(
    subscriberId,
  ) as { balance: number };
  return row.balance;
}

/** What is still owed on charges that fell due before `onDate`. */
export function overdueOf(ctx: Ctx, subscriberId: number, onDate: string): number {
  const row = prepared(
    ctx.sqlite,
    `SELECT COALESCE(SUM(c.amount + COALESCE((SELECT SUM(a.amount) FROM ledger_entries a WHERE a.applies_to_id = c.id), 0)), 0) AS overdue
     FROM ledger_entries c
     WHERE c.subscriber_id = ? AND c.kind = 'CHARGE' AND c.due_on < ?`,
  ).get(subscriberId, onDate) as { overdue: number };
  return row.overdue;
}

/** The latest movements, newest first, each with the balance right after it. */
export function movementsOf(ctx: Ctx, subscriberId: number, limit: number): { movements: Movement[]; more: boolean } {
  const rows = prepared(
    ctx.sqlite,
    `SELECT id, entryDate, kind, concept, amount, dueOn, balanceAfter FROM (
       SELECT id, entry_date AS entryDate, kind, concept, amount, due_on AS dueOn,
              SUM(amount) OVER (ORDER BY entry_date, id) AS balanceAfter
       FROM ledger_entries WHERE subscriber_id = ?)
     ORDER BY entryDate DESC, id DESC LIMIT ?`,
  ).all(subscriberId, limit + 1) as Movement[];
  return { movements: rows.slice(0, limit), more: rows.length > limit };
}
