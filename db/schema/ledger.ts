import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { civilDate, id, instant, money } from './common';
import { LEDGER_KINDS, LEDGER_SOURCES, PAYMENT_CHANNELS } from './enums';
import { subscribers } from './padron';
import { users } from './users';

/**
 * Cuenta del suscriptor. Immutable (triggers abort UPDATE and DELETE).
 * A CHARGE creates a debt (amount > 0). PAYMENT (amount < 0) and REVERSAL entries apply
 * to one CHARGE through `appliesToId`, so what a debt still owes is its amount plus what
 * applies to it, and the balance is the plain sum of amounts.
 */
export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: id(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    entryDate: civilDate().notNull(),
    postedAt: instant().notNull(),
    kind: text({ enum: LEDGER_KINDS }).notNull(),
    amount: money().notNull(),
    concept: text().notNull(),
    sourceType: text({ enum: LEDGER_SOURCES }).notNull(),
    sourceId: integer().notNull(),
    /** Charges only: when the debt falls due. */
    dueOn: civilDate(),
    appliesToId: integer().references((): AnySQLiteColumn => ledgerEntries.id),
    userId: integer().references(() => users.id),
  },
  (t) => [
    index('ledger_subscriber').on(t.subscriberId, t.entryDate),
    index('ledger_applies_to').on(t.appliesToId),
    index('ledger_source').on(t.sourceType, t.sourceId),
  ],
);

/** Money received for a subscriber; allocated to charges through PAYMENT ledger entries. */
export const payments = sqliteTable(
  'payments',
  {
    id: id(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    paidOn: civilDate().notNull(),
    paidAt: instant().notNull(),
    amount: money().notNull(),
    channel: text({ enum: PAYMENT_CHANNELS }).notNull(),
    reference: text().notNull().default(''),
  },
  (t) => [index('payments_subscriber').on(t.subscriberId), index('payments_paid_on').on(t.paidOn)],
);

/**
 * Cartera brought from the system Ventanilla replaced (ADMINISTRACIÓN → Importar): one open
 * balance per subscriber, concept and period, posted to the account as a CHARGE (source CARTERA).
 * The natural key makes importing the same file twice change nothing.
 */
export const importedBalances = sqliteTable(
  'imported_balances',
  {
    id: id(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    concept: text().notNull(),
    period: text().notNull(),
    amount: money().notNull(),
    dueOn: civilDate().notNull(),
    fileName: text().notNull(),
    importedAt: instant().notNull(),
  },
  (t) => [uniqueIndex('imported_balances_key').on(t.subscriberId, t.concept, t.period)],
);
