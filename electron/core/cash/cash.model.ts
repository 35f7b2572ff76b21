import { expect } from 'vitest';
import { LEDGER_KINDS, type LedgerKind } from '../../../db/schema/enums';
import { TEST_TODAY, type TestOffice } from '../../../db/testing';
import { MIN_INSTALLMENT } from '../agreements/schedule';
import { SERIES } from '../sequences/sequences';
import { getSetting } from '../settings/settings';
import type { CollectInput } from '../contract/cash.contract';
import { indebted } from './cash.fixtures';

/**
 * The model behind cash.model.test.ts: what RECAUDO and CAJA should have done to a few
 * accounts, kept apart from the database so that every step's outcome can be predicted and
 * then compared. Its rules are written again here on purpose, not imported from the services.
 */

export interface Charge {
  id: number;
  account: number;
  /** Oldest-first key: due date, else entry date (then id). */
  order: string;
  source: string;
  amount: number;
  outstanding: number;
  /** A PAYMENT entry was ever applied to it (a voided one too). */
  everPaid: boolean;
}

export interface Account {
  id: number;
  code: string;
  partyId: number;
  totals: Record<LedgerKind, number>;
}

export interface Factura {
  number: string;
  account: number;
  chargeId: number;
  installments: number[];
  voided: boolean;
}

export interface Coupon {
  number: string;
  account: number;
  items: { chargeId: number; amount: number }[];
  total: number;
  validUntil: string;
  /** The receipt that paid it and is not voided. */
  paidBy: string | null;
}

export interface Receipt {
  number: string;
  requestKey: string;
  /** What REGISTRAR sent: a retry sends it again. */
  input: CollectInput;
  coupon: string;
  total: number;
  /** What it put in the drawer (efectivo, net of change). */
  cash: number;
  sessionId: number;
  voided: boolean;
}

export interface Session {
  id: number;
  businessDate: string;
  openingFloat: number;
  count: { counted: number; expected: number } | null;
  /** Wrong supervisor credentials in a row on this desk, and the day of the last one. */
  approvalFailures: number;
  lastFailureDay: string | null;
}

export interface Rules {
  validDays: number;
  minDownPct: number;
  maxInstallments: number;
  voidApprovalAttempts: number;
  minInstallment: number;
  prices: number[];
  productIds: number[];
}

export interface Model {
  day: string;
  accounts: Account[];
  charges: Map<number, Charge>;
  lastChargeId: number;
  facturas: Factura[];
  coupons: Coupon[];
  receipts: Receipt[];
  session: Session | null;
  /** Sessions counted and closed (cortes de caja). */
  closed: Session[];
  /** Last number given per series and year ("REC-2026" → 3). */
  numbers: Map<string, number>;
  rules: Rules;
  keys: number;
}

export interface Real {
  office: TestOffice;
  asesor: string;
  cajero: string;
  supervisor: string;
}

export type Prefix = (typeof SERIES)[keyof typeof SERIES]['prefix'];

const CHARGES_OF = `SELECT c.id, c.subscriber_id AS subscriberId, c.entry_date AS "order", c.source_type AS source, c.amount,
    c.amount + coalesce((SELECT sum(a.amount) FROM ledger_entries a WHERE a.applies_to_id = c.id), 0) AS outstanding,
    EXISTS (SELECT 1 FROM ledger_entries p WHERE p.applies_to_id = c.id AND p.kind = 'PAYMENT') AS everPaid
  FROM ledger_entries c WHERE c.kind = 'CHARGE' AND c.id > ? ORDER BY c.id`;

/** The accounts the model follows: one that owes two debts or more, and two up to date. */
export function chooseAccounts(office: TestOffice): string[] {
  const [debtor] = indebted(office, 2);
  const owing = new Set(indebted(office, 1));
  const upToDate = (office.sqlite.prepare('SELECT code FROM subscribers ORDER BY code').all() as { code: string }[])
    .map((r) => r.code)
    .filter((c) => !owing.has(c))
    .slice(0, 2);
  return [debtor!, ...upToDate];
}

/** A fresh demo office and its model, following the chosen accounts. */
export function setup(office: TestOffice, codes: string[]): { model: Model; real: Real } {
  const accounts = codes.map((code) => {
    const row = office.sqlite.prepare('SELECT id, owner_party_id AS partyId FROM subscribers WHERE code = ?').get(code) as {
      id: number;
      partyId: number;
    };
    const totals = Object.fromEntries(LEDGER_KINDS.map((k) => [k, 0])) as Record<LedgerKind, number>;
    for (const t of office.sqlite
      .prepare('SELECT kind, sum(amount) AS total FROM ledger_entries WHERE subscriber_id = ? GROUP BY kind')
      .all(row.id) as { kind: LedgerKind; total: number }[]) {
      totals[t.kind] = t.total;
    }
    return { id: row.id, code, partyId: row.partyId, totals };
  });
  const products = office.sqlite
    .prepare(
      `SELECT p.id, (SELECT pp.price FROM product_prices pp WHERE pp.product_id = p.id AND pp.valid_from <= ?
         ORDER BY pp.valid_from DESC LIMIT 1) AS price FROM products p WHERE p.active = 1 ORDER BY p.id LIMIT 6`,
    )
    .all(TEST_TODAY) as { id: number; price: number }[];
  const numbers = new Map<string, number>();
  for (const s of office.sqlite.prepare('SELECT series, year, last_value AS n FROM sequences').all() as {
    series: keyof typeof SERIES;
    year: number;
    n: number;
  }[]) {
    numbers.set(`${SERIES[s.series].prefix}-${s.year}`, s.n);
  }
  const model: Model = {
    day: TEST_TODAY,
    accounts,
    charges: new Map(),
    lastChargeId: 0,
    facturas: [],
    coupons: [],
    receipts: [],
    session: null,
    closed: [],
    numbers,
    rules: {
      validDays: getSetting(office.db, 'coupon.validDays'),
      minDownPct: getSetting(office.db, 'agreement.minDownPaymentPct'),
      maxInstallments: getSetting(office.db, 'agreement.maxInstallments'),
      voidApprovalAttempts: getSetting(office.db, 'cash.voidApprovalAttempts'),
      minInstallment: MIN_INSTALLMENT,
      prices: products.map((p) => p.price),
      productIds: products.map((p) => p.id),
    },
    keys: 0,
  };
  const known = (office.sqlite.prepare('SELECT max(id) AS id FROM ledger_entries').get() as { id: number }).id;
  for (const c of chargeRows(office, 0)) {
    const account = accounts.findIndex((a) => a.id === c.subscriberId);
    if (account >= 0) model.charges.set(c.id, { ...toCharge(c), account });
  }
  model.lastChargeId = known;
  const real: Real = {
    office,
    asesor: office.login('asesor'),
    cajero: office.login('cajero'),
    supervisor: office.login('supervisor'),
  };
  // The cashier opened the desk this morning.
  const opened = office.call(real.cajero, 'cash.open', { openingFloat: OPENING_FLOAT });
  if (!opened.ok) throw new Error(opened.error.message);
  model.session = {
    id: opened.data.id,
    businessDate: TEST_TODAY,
    openingFloat: OPENING_FLOAT,
    count: null,
    approvalFailures: 0,
    lastFailureDay: null,
  };
  return { model, real };
}

const OPENING_FLOAT = 200_000;

interface ChargeRow {
  id: number;
  subscriberId: number;
  order: string;
  source: string;
  amount: number;
  outstanding: number;
  everPaid: number;
}

function chargeRows(office: TestOffice, after: number): ChargeRow[] {
  return office.sqlite.prepare(CHARGES_OF).all(after) as ChargeRow[];
}

const toCharge = (c: ChargeRow) => ({
  id: c.id,
  order: c.order,
  source: c.source,
  amount: c.amount,
  outstanding: c.outstanding,
  everPaid: c.everPaid === 1,
});

/**
 * The charges a step posted, read back and checked against what the model expected: exactly
 * these amounts, in this order, on this account. Returns their ids.
 */
export function takeNewCharges(m: Model, r: Real, account: number, amounts: number[], source: string[]): number[] {
  const rows = chargeRows(r.office, m.lastChargeId);
  expect(rows.map((c) => [c.subscriberId, c.source, c.amount])).toEqual(
    amounts.map((a, i) => [m.accounts[account]!.id, source[i], a]),
  );
  for (const c of rows) {
    m.charges.set(c.id, { ...toCharge(c), account, outstanding: c.amount, everPaid: false });
    m.accounts[account]!.totals.CHARGE += c.amount;
    m.lastChargeId = Math.max(m.lastChargeId, c.id);
  }
  return rows.map((c) => c.id);
}

export function nextKey(m: Model): string {
  m.keys += 1;
  return `modelo-${String(m.keys).padStart(6, '0')}`;
}

/** The number a series gives next, and the model takes it. */
export function takeNumber(m: Model, prefix: Prefix): string {
  const key = `${prefix}-${m.day.slice(0, 4)}`;
  const n = (m.numbers.get(key) ?? 0) + 1;
  m.numbers.set(key, n);
  return `${key}-${String(n).padStart(6, '0')}`;
}

/** Open debts of an account, oldest first (the charge's date, then id). */
export function openCharges(m: Readonly<Model>, account: number, filter: (c: Charge) => boolean = () => true): Charge[] {
  return [...m.charges.values()]
    .filter((c) => c.account === account && c.outstanding > 0 && filter(c))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id - b.id));
}

/** Takes `amount` off a charge (PAYMENT, REVERSAL, FINANCED) or gives it back (PAYMENT_VOID). */
export function post(m: Model, chargeId: number, kind: Exclude<LedgerKind, 'CHARGE'>, amount: number): void {
  const charge = m.charges.get(chargeId)!;
  const signed = kind === 'PAYMENT_VOID' ? amount : -amount;
  charge.outstanding += signed;
  if (kind === 'PAYMENT') charge.everPaid = true;
  m.accounts[charge.account]!.totals[kind] += signed;
}

/** Oldest first, each debt in full before the next. */
export function spread(debts: Charge[], amount: number): { chargeId: number; amount: number }[] {
  const out: { chargeId: number; amount: number }[] = [];
  let left = amount;
  for (const d of debts) {
    if (left <= 0) break;
    const take = Math.min(left, d.outstanding);
    out.push({ chargeId: d.id, amount: take });
    left -= take;
  }
  return out;
}

/** Why an agreement on `debt` with these terms is refused (the field), or null when it is valid. */
export function agreementRefusal(rules: Rules, debt: number, down: number, installments: number): string | null {
  if (down < Math.ceil((debt * rules.minDownPct) / 100) || down >= debt) return 'downPayment';
  if (installments > rules.maxInstallments || debt - down < installments * rules.minInstallment) return 'installments';
  return null;
}

/** The financed part leaves the debts newest first; the oldest keep the down payment. */
export function finance(m: Model, debts: Charge[], financed: number): void {
  let left = financed;
  for (const d of [...debts].reverse()) {
    if (left === 0) break;
    const moved = Math.min(left, d.outstanding);
    post(m, d.id, 'FINANCED', moved);
    left -= moved;
  }
}

/** Cash the drawer should hold: the float plus efectivo of live receipts of the session. */
export function expectedCash(m: Readonly<Model>, session: Session): number {
  return session.openingFloat + m.receipts.filter((r) => r.sessionId === session.id && !r.voided).reduce((t, r) => t + r.cash, 0);
}
