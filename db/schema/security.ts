import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from './enums';
import { flag, id, instant } from './common';
import { users } from './users';
import { cashSessions } from './cash';

/**
 * Logged-in sessions, one row per login. Every call reads its row and the user's, so a
 * deactivation, a role change or a new password in any process of the office ends the
 * session at once. The client's token is never stored: `id` is its SHA-256.
 */
export const userSessions = sqliteTable(
  'user_sessions',
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    /** The role and credentials version the session was opened with: a change ends it. */
    role: text({ enum: ROLES }).notNull(),
    credentialsVersion: integer().notNull(),
    workstation: text().notNull(),
    openedAt: instant().notNull(),
    lastSeenAt: instant().notNull(),
    locked: flag().notNull().default(false),
    endedAt: instant(),
    /** Spanish, for the user whose next call finds the session ended. */
    endReason: text(),
  },
  (t) => [index('user_sessions_user').on(t.userId)],
);

/**
 * A request key means one request: the first mutation that used it, by whom, and the hash of
 * its canonical input. A retry (same input) gets the first answer; other input is refused.
 */
export const requestKeys = sqliteTable('request_keys', {
  key: text().primaryKey(),
  procedure: text().notNull(),
  userId: integer()
    .notNull()
    .references(() => users.id),
  inputHash: text().notNull(),
  createdAt: instant().notNull(),
});

/** Every supervisor approval asked for a void at CAJA, granted or not. */
export const voidApprovals = sqliteTable(
  'void_approvals',
  {
    id: id(),
    cashSessionId: integer()
      .notNull()
      .references(() => cashSessions.id),
    receiptNumber: text().notNull(),
    requestedBy: integer()
      .notNull()
      .references(() => users.id),
    supervisorUsername: text().notNull(),
    granted: flag().notNull(),
    at: instant().notNull(),
  },
  (t) => [index('void_approvals_session').on(t.cashSessionId, t.at)],
);
