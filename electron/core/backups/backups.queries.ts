import { and, desc, eq, isNull, max, ne } from 'drizzle-orm';
import { backupRuns, settings, userSessions } from '../../../db/schema';
import type { Db } from '../../../db/open';
import type { BackupRun, RecordRunInput } from '../contract/backups.contract';

const RECENT_RUNS = 30;

export const recentRuns = (db: Db): BackupRun[] =>
  db.select().from(backupRuns).orderBy(desc(backupRuns.startedAt), desc(backupRuns.id)).limit(RECENT_RUNS).all();

/** The newest good backup of any kind (daily, after a corte, on demand). */
export const lastGoodBackup = (db: Db): BackupRun | null =>
  db
    .select()
    .from(backupRuns)
    .where(and(eq(backupRuns.result, 'OK'), ne(backupRuns.trigger, 'RESTAURACION')))
    .orderBy(desc(backupRuns.finishedAt))
    .limit(1)
    .get() ?? null;

export const lastDailyStart = (db: Db): string | null =>
  db
    .select({ at: max(backupRuns.startedAt) })
    .from(backupRuns)
    .where(eq(backupRuns.trigger, 'DIARIA'))
    .get()?.at ?? null;

/** When the settings of the backups were last saved (the first daily backup comes after that). */
export const configuredAt = (db: Db): string | null =>
  db.select({ at: settings.updatedAt }).from(settings).where(eq(settings.key, 'backups.config')).get()?.at ?? null;

export function insertRun(db: Db, run: RecordRunInput, finishedAt: string): BackupRun {
  return db
    .insert(backupRuns)
    .values({ ...run, finishedAt })
    .returning()
    .get();
}

/** Every open session ends with this message: after a restore, everyone logs in again. */
export function endAllSessions(db: Db, at: string, reason: string): number {
  return db.update(userSessions).set({ endedAt: at, endReason: reason }).where(isNull(userSessions.endedAt)).run().changes;
}
