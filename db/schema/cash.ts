import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { civilDate, id, instant, money } from './common';
import { TENDER_METHODS } from './enums';
import { ledgerEntries, payments } from './ledger';
import { parties } from './parties';
import { subscribers } from './padron';
import { users } from './users';

/**
 * RECAUDO → ABONO: a payment coupon (recibo de pago) for some of what a subscriber owes, to be
 * paid at CAJA before `validUntil`. Its items name the ledger charges it pays and how much of
 * each. Immutable once saved; its state (VIGENTE, PAGADO, VENCIDO) is derived.
 */
export const coupons = sqliteTable(
  'coupons',
  {
    id: id(),
    number: text().notNull().unique(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    /** Who asked for it at the counter (the titular or someone with a carta poder). */
    partyId: integer().references(() => parties.id),
    total: money().notNull(),
    validUntil: civilDate().notNull(),
    createdAt: instant().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    requestKey: text().notNull().unique(),
  },
  (t) => [index('coupons_subscriber').on(t.subscriberId), index('coupons_created').on(t.createdAt)],
);

export const couponItems = sqliteTable(
  'coupon_items',
  {
    id: id(),
    couponId: integer()
      .notNull()
      .references(() => coupons.id),
    lineNo: integer().notNull(),
    chargeId: integer()
      .notNull()
      .references(() => ledgerEntries.id),
    concept: text().notNull(),
    amount: money().notNull(),
  },
  (t) => [uniqueIndex('coupon_items_no').on(t.couponId, t.lineNo), index('coupon_items_charge').on(t.chargeId)],
);

/**
 * A cashier's day at the desk: opened with a float, closed with a blind count. Once closed it
 * never changes (trigger); one open session per cashier (partial unique index).
 */
export const cashSessions = sqliteTable(
  'cash_sessions',
  {
    id: id(),
    cashierId: integer()
      .notNull()
      .references(() => users.id),
    workstation: text().notNull(),
    businessDate: civilDate().notNull(),
    openedAt: instant().notNull(),
    openingFloat: money().notNull(),
    closedAt: instant(),
    /** Corte de caja number (CC-2026-000001), given when closed. */
    closeNumber: text().unique(),
    /** The blind count: JSON [{ denomination, quantity }]. */
    count: text(),
    countedCash: money(),
    expectedCash: money(),
    /** countedCash − expectedCash: negative is a shortage. */
    difference: money(),
    closeNote: text(),
  },
  (t) => [
    index('cash_sessions_date').on(t.businessDate),
    uniqueIndex('cash_sessions_one_open')
      .on(t.cashierId)
      .where(sql`closed_at IS NULL`),
  ],
);

/** CAJA: a coupon paid. The receipt stamped PAGADO; one row per request key (exactly once). */
export const receipts = sqliteTable(
  'receipts',
  {
    id: id(),
    number: text().notNull().unique(),
    couponId: integer()
      .notNull()
      .references(() => coupons.id),
    cashSessionId: integer()
      .notNull()
      .references(() => cashSessions.id),
    paymentId: integer()
      .notNull()
      .references(() => payments.id),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    amount: money().notNull(),
    /** Cash handed back to the user. */
    change: money().notNull(),
    paidOn: civilDate().notNull(),
    paidAt: instant().notNull(),
    cashierId: integer()
      .notNull()
      .references(() => users.id),
    requestKey: text().notNull().unique(),
  },
  (t) => [
    index('receipts_coupon').on(t.couponId),
    index('receipts_session').on(t.cashSessionId),
    index('receipts_paid_on').on(t.paidOn),
  ],
);

/** How a receipt was paid: one or more methods (split tender). */
export const receiptTenders = sqliteTable(
  'receipt_tenders',
  {
    id: id(),
    receiptId: integer()
      .notNull()
      .references(() => receipts.id),
    method: text({ enum: TENDER_METHODS }).notNull(),
    amount: money().notNull(),
    /** Cash only: what the user handed over (≥ amount; the rest is change). */
    tendered: money(),
    reference: text().notNull().default(''),
  },
  (t) => [index('receipt_tenders_receipt').on(t.receiptId)],
);

/** A receipt voided: asked by the cashier, approved by a supervisor with a reason. Never deleted. */
export const receiptVoids = sqliteTable(
  'receipt_voids',
  {
    id: id(),
    number: text().notNull().unique(),
    receiptId: integer()
      .notNull()
      .unique()
      .references(() => receipts.id),
    cashSessionId: integer()
      .notNull()
      .references(() => cashSessions.id),
    requestedBy: integer()
      .notNull()
      .references(() => users.id),
    approvedBy: integer()
      .notNull()
      .references(() => users.id),
    reason: text().notNull(),
    voidedAt: instant().notNull(),
  },
  (t) => [index('receipt_voids_session').on(t.cashSessionId)],
);
