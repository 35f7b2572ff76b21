import { expect } from 'vitest';
import { LEDGER_KINDS, type LedgerKind } from '../../../db/schema/enums';
import { SERIES } from '../sequences/sequences';
import { prepared } from '../statements';
import { expectedCash, type Model, type Real } from './cash.model';

/**
 * What must hold after every step of cash.model.test.ts, whatever the step was and whether
 * it was refused: money conserved per account and per debt, posted rows immutable, numbers
 * consecutive, every receipt whole, and the drawer as the model expects.
 */
export function checkInvariants(m: Readonly<Model>, r: Real): void {
  checkAccounts(m, r);
  checkImmutable(r);
  checkNumbers(m, r);
  checkReceipts(m, r);
  checkSession(m, r);
}

/** Per account: each kind's total as the model predicts, so the balance is charges − payments − … + voids. */
function checkAccounts(m: Readonly<Model>, r: Real): void {
  const { sqlite } = r.office;
  for (const account of m.accounts) {
    const rows = prepared(
      sqlite,
      'SELECT kind, sum(amount) AS total FROM ledger_entries WHERE subscriber_id = ? GROUP BY kind',
    ).all(account.id) as { kind: LedgerKind; total: number }[];
    const totals = Object.fromEntries(LEDGER_KINDS.map((k) => [k, rows.find((x) => x.kind === k)?.total ?? 0]));
    expect(totals, `account ${account.code}`).toEqual(account.totals);
    const { balance } = prepared(
      sqlite,
      'SELECT coalesce(sum(amount), 0) AS balance FROM ledger_entries WHERE subscriber_id = ?',
    ).get(account.id) as { balance: number };
    const t = account.totals;
    expect(balance).toBe(t.CHARGE + t.PAYMENT + t.REVERSAL + t.FINANCED + t.PAYMENT_VOID);
  }
  const ids = m.accounts.map((a) => a.id);
  const charges = prepared(
    sqlite,
    `SELECT c.id, c.amount + coalesce((SELECT sum(a.amount) FROM ledger_entries a WHERE a.applies_to_id = c.id), 0) AS outstanding
       FROM ledger_entries c WHERE c.kind = 'CHARGE' AND c.subscriber_id IN (${ids.map(() => '?').join(',')}) ORDER BY c.id`,
  ).all(...ids) as { id: number; outstanding: number }[];
  expect(charges).toEqual(
    [...m.charges.values()].sort((a, b) => a.id - b.id).map((c) => ({ id: c.id, outstanding: c.outstanding })),
  );
  expect(
    charges.filter((c) => c.outstanding < 0),
    'a debt below zero',
  ).toEqual([]);
}

const IMMUTABLE = ['ledger_entries', 'payments', 'coupons', 'coupon_items', 'receipts', 'receipt_tenders', 'receipt_voids'];

/** Triggers abort any UPDATE or DELETE of a posted row; a closed corte de caja is frozen too. */
function checkImmutable(r: Real): void {
  const { sqlite } = r.office;
  for (const table of IMMUTABLE) {
    const row = prepared(sqlite, `SELECT max(id) AS id FROM ${table}`).get() as { id: number | null };
    if (row.id === null) continue;
    expect(() => prepared(sqlite, `UPDATE ${table} SET id = id WHERE id = ?`).run(row.id), table).toThrow(/inmutable/);
    expect(() => prepared(sqlite, `DELETE FROM ${table} WHERE id = ?`).run(row.id), table).toThrow(/inmutable/);
  }
  const closed = prepared(sqlite, 'SELECT max(id) AS id FROM cash_sessions WHERE closed_at IS NOT NULL').get() as {
    id: number | null;
  };
  if (closed.id !== null) {
    expect(() => prepared(sqlite, 'UPDATE cash_sessions SET close_note = close_note WHERE id = ?').run(closed.id)).toThrow(
      /cerrada/,
    );
  }
  const last = prepared(sqlite, 'SELECT max(id) AS id FROM cash_sessions').get() as { id: number | null };
  if (last.id !== null) {
    expect(() => prepared(sqlite, 'DELETE FROM cash_sessions WHERE id = ?').run(last.id)).toThrow(/no se borra/);
  }
}

const NUMBERED = {
  FACTURA: 'SELECT number FROM invoices',
  ACUERDO: 'SELECT number FROM payment_agreements',
  CUPON: 'SELECT number FROM coupons',
  RECIBO: 'SELECT number FROM receipts',
  ANULACION_RECIBO: 'SELECT number FROM receipt_voids',
  CORTE: 'SELECT close_number AS number FROM cash_sessions WHERE close_number IS NOT NULL',
} satisfies Partial<Record<keyof typeof SERIES, string>>;

/** Each series, per year, is exactly 1..n, n is what the model counted and what the sequence says. */
function checkNumbers(m: Readonly<Model>, r: Real): void {
  const { sqlite } = r.office;
  for (const [series, query] of Object.entries(NUMBERED) as [keyof typeof SERIES, string][]) {
    const prefix = SERIES[series].prefix;
    const byYear = new Map<string, number[]>();
    for (const { number } of prepared(sqlite, query).all() as { number: string }[]) {
      const [p, year, seq] = number.split('-');
      expect(p).toBe(prefix);
      byYear.set(year!, [...(byYear.get(year!) ?? []), Number(seq)]);
    }
    const expected = [...m.numbers].filter(([k]) => k.startsWith(`${prefix}-`));
    expect([...byYear.keys()].sort(), series).toEqual(expected.map(([k]) => k.slice(prefix.length + 1)).sort());
    for (const [key, n] of expected) {
      const year = key.slice(prefix.length + 1);
      expect(
        byYear.get(year)!.sort((a, b) => a - b),
        key,
      ).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      const seq = prepared(sqlite, 'SELECT last_value AS n FROM sequences WHERE series = ? AND year = ?').get(
        series,
        Number(year),
      ) as { n: number } | undefined;
      expect(seq?.n, key).toBe(n);
    }
  }
}

/**
 * Every receipt is whole: one per request key, its payment of the same amount, its tenders
 * adding up, its PAYMENT entries taking exactly that off the ledger, and its void (if any)
 * giving exactly that back.
 */
function checkReceipts(m: Readonly<Model>, r: Real): void {
  const rows = prepared(
    r.office.sqlite,
    `SELECT r.number, r.request_key AS requestKey, r.amount, p.amount AS paid,
         (SELECT sum(t.amount) FROM receipt_tenders t WHERE t.receipt_id = r.id) AS tendered,
         (SELECT -sum(e.amount) FROM ledger_entries e WHERE e.kind = 'PAYMENT' AND e.source_type = 'PAYMENT' AND e.source_id = p.id) AS posted,
         (SELECT coalesce(sum(e.amount), 0) FROM ledger_entries e WHERE e.kind = 'PAYMENT_VOID' AND e.source_type = 'PAYMENT' AND e.source_id = p.id) AS restored,
         EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = r.id) AS voided
       FROM receipts r JOIN payments p ON p.id = r.payment_id ORDER BY r.id`,
  ).all() as {
    number: string;
    requestKey: string;
    amount: number;
    paid: number;
    tendered: number;
    posted: number;
    restored: number;
    voided: number;
  }[];
  expect(rows.map((x) => [x.number, x.requestKey, x.amount, x.voided === 1])).toEqual(
    m.receipts.map((x) => [x.number, x.requestKey, x.total, x.voided]),
  );
  for (const x of rows) {
    expect([x.paid, x.tendered, x.posted, x.restored], x.number).toEqual([x.amount, x.amount, x.amount, x.voided ? x.amount : 0]);
  }
}

/**
 * The cashier's desk as cash.current shows it, and every count as the model expects: what the
 * count revealed still matches the float plus the efectivo of the receipts that stand.
 */
function checkSession(m: Readonly<Model>, r: Real): void {
  const current = r.office.call(r.cajero, 'cash.current', {});
  if (!current.ok) throw new Error(current.error.message);
  const s = m.session;
  expect(
    current.data.session && {
      id: current.data.session.id,
      status: current.data.session.status,
      stale: current.data.session.stale,
    },
  ).toEqual(s && { id: s.id, status: s.count ? 'EN_ARQUEO' : 'ABIERTA', stale: s.businessDate < m.day });
  if (s && current.data.session) {
    // Arqueo ciego: the cashier learns the total only with the count.
    const live = m.receipts.filter((x) => x.sessionId === s.id && !x.voided);
    expect(current.data.session.collected).toBe(s.count ? live.reduce((t, x) => t + x.total, 0) : null);
  }
  const counted = [...m.closed, ...(s?.count ? [s] : [])];
  const stored = prepared(
    r.office.sqlite,
    'SELECT id, expected_cash AS expected FROM cash_sessions WHERE count IS NOT NULL ORDER BY id',
  ).all() as { id: number; expected: number }[];
  expect(stored).toEqual(counted.map((x) => ({ id: x.id, expected: x.count!.expected })));
  for (const x of counted) expect(expectedCash(m, x), `caja ${x.id} después del arqueo`).toBe(x.count!.expected);
}
