import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, instant } from './common';
import { BACKUP_RESULTS, BACKUP_TRIGGERS } from './enums';

/**
 * Every backup run and every restore, with its result: ADMINISTRACIÓN → Copias de seguridad
 * lists them, and the last good one decides the warning at login. A run killed half-way
 * leaves no row (and no file listed in the destination).
 */
export const backupRuns = sqliteTable(
  'backup_runs',
  {
    id: id(),
    trigger: text({ enum: BACKUP_TRIGGERS }).notNull(),
    startedAt: instant().notNull(),
    finishedAt: instant().notNull(),
    result: text({ enum: BACKUP_RESULTS }).notNull(),
    /** The file in the destination folder (a restore: the file restored). */
    fileName: text(),
    folder: text().notNull(),
    sizeBytes: integer(),
    /** Writing (snapshot and encryption) and verifying, in milliseconds. */
    writeMs: integer(),
    verifyMs: integer(),
    /** Archive files copied by this run (new or changed). */
    filesCopied: integer(),
    /** Spanish, for the admin: what went wrong. */
    message: text(),
    /** Who asked for it; null for the automatic runs. */
    username: text(),
  },
  (t) => [index('backup_runs_started').on(t.startedAt)],
);
