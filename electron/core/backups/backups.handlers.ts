import type { backupsContract } from '../contract/backups.contract';
import type { HandlersOf } from '../handler';
import { backupOverview, backupPlan, recordRestore, recordRun, saveBackupSettings, storeBackupKey } from './backups.service';

export const backupsHandlers = {
  'backups.overview': (ctx) => backupOverview(ctx),
  'backups.saveSettings': saveBackupSettings,
  'backups.storeKey': storeBackupKey,
  'backups.plan': (ctx) => backupPlan(ctx),
  'backups.recordRun': recordRun,
  'backups.recordRestore': recordRestore,
} satisfies HandlersOf<typeof backupsContract>;
