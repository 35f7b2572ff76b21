import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
