import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { flag, id, instant } from './common';
import { ROLES } from './enums';

export const users = sqliteTable('users', {
  id: id(),
  username: text().notNull().unique(),
  fullName: text().notNull(),
  /** Printed under the signature line of the documents the user signs. */
  documentNumber: text().notNull().default(''),
  role: text({ enum: ROLES }).notNull(),
  active: flag().notNull().default(true),
  passwordHash: text().notNull(),
  /** Set for a new office's first admin and after a reset: the next login must change it. */
  mustChangePassword: flag().notNull().default(false),
  failedAttempts: integer().notNull().default(0),
  lockedUntil: instant(),
  /** Goes up with every password change or reset, role change and deactivation: older sessions end. */
  credentialsVersion: integer().notNull().default(0),
  createdAt: instant().notNull(),
  passwordChangedAt: instant().notNull(),
});
