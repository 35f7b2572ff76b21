import { accessSync, constants, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Ctx } from '../context';
import { actor, nowIso } from '../context';
import {
  BACKUP_WARNING_DAYS,
  type BackupConfig,
  type BackupOverview,
  type BackupRun,
  type RecordRunInput,
  type StoredBackupKey,
} from '../contract/backups.contract';
import { invalidField } from '../errors';
import { changeSetting, getSetting, setSetting } from '../settings/settings';
import { configuredAt, endAllSessions, insertRun, lastDailyStart, lastGoodBackup, recentRuns } from './backups.queries';
import { backupIsOld, nextDailySlot } from './schedule';

export const RESTORED_SESSION_END =
  'Se restauró una copia de seguridad de la base de datos. Ingrese de nuevo con su usuario y contraseña.';

export function backupOverview(ctx: Ctx): BackupOverview {
  const config = getSetting(ctx.db, 'backups.config');
  const passphraseSet = getSetting(ctx.db, 'backups.key') !== null;
  const now = ctx.clock.now();
  const lastGood = lastGoodBackup(ctx.db);
  const ready = config.folder !== '' && passphraseSet;
  return {
    config,
    passphraseSet,
    lastGood,
    nextAt: ready ? nextDailySlot(now, getSetting(ctx.db, 'office.timeZone'), config.dailyHour).toISOString() : null,
    warning: backupIsOld(now, lastGood?.finishedAt ?? null, BACKUP_WARNING_DAYS),
    runs: recentRuns(ctx.db),
  };
}

/**
 * The folder must exist (a mounted drive, a reachable share) and take a file: a test file is
 * written and removed. A missing parent is not created: a drive letter typed wrong must not
 * become a folder on the server's own disk.
 */
function assertWritableFolder(folder: string): void {
  const fail = (why: string) => invalidField('folder', `Carpeta de destino: ${why}`);
  if (!path.isAbsolute(folder)) throw fail('escriba la ruta completa, p. ej. E:\\Copias o \\\\servidor\\copias');
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(folder, { throwIfNoEntry: false });
  } catch {
    info = undefined;
  }
  if (!info) throw fail('no existe o no se puede abrir. Conecte la unidad o revise la ruta y la red');
  if (!info.isDirectory()) throw fail('es un archivo, no una carpeta');
  const probe = path.join(folder, `.ventanilla-prueba-${process.pid}`);
  try {
    accessSync(folder, constants.W_OK);
    writeFileSync(probe, 'prueba');
  } catch {
    throw fail('Ventanilla no puede escribir en ella. Revise los permisos de la carpeta o de la red');
  } finally {
    rmSync(probe, { force: true });
  }
}

export function saveBackupSettings(ctx: Ctx, input: BackupConfig): BackupConfig {
  const folder = path.normalize(input.folder);
  assertWritableFolder(folder);
  changeSetting(ctx, 'backups.config', { ...input, folder });
  return getSetting(ctx.db, 'backups.config');
}

/** Stores a new passphrase's derived key (wrapped): the audit says that it changed, never what it is. */
export function storeBackupKey(ctx: Ctx, key: StoredBackupKey): { passphraseSet: boolean } {
  const before = getSetting(ctx.db, 'backups.key') !== null;
  setSetting(ctx.db, 'backups.key', key, ctx.clock.now());
  ctx.audit({
    recordType: 'setting',
    recordId: 'backups.key',
    before: { keyConfigured: before },
    after: { keyConfigured: true, by: actor(ctx).username },
  });
  return { passphraseSet: true };
}

export function backupPlan(ctx: Ctx) {
  const runs = [lastDailyStart(ctx.db), configuredAt(ctx.db)].filter((at): at is string => at !== null).sort();
  return {
    config: getSetting(ctx.db, 'backups.config'),
    key: getSetting(ctx.db, 'backups.key'),
    timeZone: getSetting(ctx.db, 'office.timeZone'),
    lastDailyAt: runs.at(-1) ?? null,
  };
}

export function recordRun(ctx: Ctx, run: RecordRunInput): BackupRun {
  const row = insertRun(ctx.db, run, nowIso(ctx));
  ctx.audit({ recordType: 'backup', recordId: row.id, after: row });
  return row;
}

/** In the restored database: nobody stays logged in, and the restore itself is on record. */
export function recordRestore(ctx: Ctx, input: RecordRunInput & { savedAside: string }): BackupRun {
  const { savedAside, ...run } = input;
  const at = nowIso(ctx);
  const ended = endAllSessions(ctx.db, at, RESTORED_SESSION_END);
  const row = insertRun(ctx.db, { ...run, trigger: 'RESTAURACION' }, at);
  ctx.audit({ recordType: 'backup', recordId: row.id, before: { savedAside }, after: { ...row, sessionsEnded: ended } });
  return row;
}
