import { civilDateOf } from '../core/clock';
import type { BackupFile } from './backup-files';

export interface Retention {
  /** The newest backup of each of the last N days that have one. */
  keepDaily: number;
  /** The newest backup of each of the last M months that have one. */
  keepMonthly: number;
}

/**
 * Which backups rotation deletes: all but the newest of each of the last `keepDaily` days and
 * the newest of each of the last `keepMonthly` months (days and months of the office's time
 * zone). The newest backup is always kept.
 */
export function backupsToDelete(files: readonly BackupFile[], timeZone: string, retention: Retention): BackupFile[] {
  const newestFirst = [...files].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  for (const file of newestFirst) {
    const day = civilDateOf(file.at, timeZone);
    const month = day.slice(0, 7);
    if (!days.has(day)) {
      days.add(day);
      if (days.size <= retention.keepDaily) keep.add(file.name);
    }
    if (!months.has(month)) {
      months.add(month);
      if (months.size <= retention.keepMonthly) keep.add(file.name);
    }
  }
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  return newestFirst.filter((f) => !keep.has(f.name));
}
