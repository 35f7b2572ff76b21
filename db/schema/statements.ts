import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, instant, money } from './common';
import { STATEMENT_CAPACITIES } from './enums';
import { parties } from './parties';
import { subscribers } from './padron';
import { users } from './users';

/**
 * Estado de cuenta issued at the counter (seed 004): who asked, with what authority, and the
 * balance it showed. The movements themselves stay in the ledger.
 */
export const accountStatements = sqliteTable(
  'account_statements',
  {
    id: id(),
    number: text().notNull().unique(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    partyId: integer()
      .notNull()
      .references(() => parties.id),
    capacity: text({ enum: STATEMENT_CAPACITIES }).notNull(),
    /** Carta poder: the document presented (date, who grants it). */
    powerNote: text().notNull().default(''),
    balance: money().notNull(),
    createdAt: instant().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    requestKey: text().notNull().unique(),
  },
  (t) => [index('account_statements_subscriber').on(t.subscriberId)],
);
