import type fc from 'fast-check';
import { expect } from 'vitest';
import type { AppErrorData } from '../errors';
import type { Result } from '../contract';
import { prepared } from '../statements';
import { checkInvariants } from './cash.invariants';
import type { Model, Real } from './cash.model';

/** How often each outcome happened over a test run, so it can show every path really ran. */
export const seen = new Map<string, number>();
export const saw = (what: string) => seen.set(what, (seen.get(what) ?? 0) + 1);

/** A step of the model test: acts, checks its own outcome, then every invariant. */
export abstract class Step implements fc.Command<Model, Real> {
  check(_m: Readonly<Model>): boolean {
    return true;
  }

  run(m: Model, r: Real): void {
    this.apply(m, r);
    checkInvariants(m, r);
  }

  abstract apply(m: Model, r: Real): void;
  abstract toString(): string;
}

/** Everything a refused step must leave as it was (users and audit may record the attempt). */
const SNAPSHOT = `SELECT json_array(
    (SELECT count(*) FROM ledger_entries), (SELECT count(*) FROM payments), (SELECT count(*) FROM coupons),
    (SELECT count(*) FROM coupon_items), (SELECT count(*) FROM receipts), (SELECT count(*) FROM receipt_tenders),
    (SELECT count(*) FROM receipt_voids), (SELECT count(*) FROM invoices), (SELECT count(*) FROM payment_agreements),
    (SELECT group_concat(id || ':' || coalesce(count, '') || coalesce(closed_at, ''), ',') FROM cash_sessions),
    (SELECT group_concat(series || year || ':' || last_value, ',') FROM sequences),
    (SELECT group_concat(id || ':' || coalesce(voided_at, ''), ',') FROM invoices)) AS state`;

export function snapshot(r: Real): string {
  return (prepared(r.office.sqlite, SNAPSHOT).get() as { state: string }).state;
}

/** A step the office must refuse with this code (and message): nothing of the money changes. */
export function refused<T>(r: Real, call: () => Result<T>, code: string, message?: RegExp): AppErrorData {
  const before = snapshot(r);
  const result = call();
  if (result.ok)
    throw new Error(`Se esperaba ${code} ${message ?? ''} y se guardó: ${JSON.stringify(result.data).slice(0, 300)}`);
  expect(result.error.code, result.error.message).toBe(code);
  if (message) expect(result.error.message).toMatch(message);
  expect(snapshot(r)).toBe(before);
  return result.error;
}

/** A step the office must accept. */
export function accepted<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Se esperaba éxito: ${result.error.code} ${result.error.message}`);
  return result.data;
}

/** The same call again (a double Enter, a retry): the same answer and not one row more. */
export function idempotent<T>(r: Real, call: () => Result<T>, same: (again: T) => void): void {
  const before = snapshot(r);
  same(accepted(call()));
  expect(snapshot(r)).toBe(before);
}
