import { z } from 'zod';
import { BACKUP_RESULTS, BACKUP_TRIGGERS, type Role } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { internalMutation, internalQuery, mutation, query } from './define';
import { lineText } from './fields';

/**
 * ADMINISTRACIÓN → Copias de seguridad. Two parts: what the core answers in one transaction
 * (settings, history, records of runs) and what the backup service does asynchronously in the
 * process that owns the database (electron/backups: copying, encrypting, verifying, restoring),
 * served beside dispatch like printing.
 */

const admin = rolesOf('ADMINISTRACION');
/** Who sees whether the office is backed up: the admin, and supervisors (the warning at login). */
export const BACKUP_WATCHERS: readonly Role[] = [...admin, 'SUPERVISOR'];

/** The last good backup older than this many days raises the warning at login. */
export const BACKUP_WARNING_DAYS = 2;

export const MIN_PASSPHRASE_LENGTH = 12;

export const backupConfig = z.strictObject({
  /** An external drive or a network share ('' until the admin chooses one). */
  folder: lineText('Carpeta de destino', 500),
  /** The office's hour (0–23) of the daily backup. */
  dailyHour: z
    .number({ error: 'Hora: escriba un número de 0 a 23' })
    .int({ error: 'Hora: un número entero de 0 a 23' })
    .min(0, { error: 'Hora: de 0 a 23' })
    .max(23, { error: 'Hora: de 0 a 23' }),
  keepDaily: z
    .number({ error: 'Copias diarias: escriba un número' })
    .int({ error: 'Copias diarias: un número entero' })
    .min(1, { error: 'Copias diarias: al menos 1' })
    .max(90, { error: 'Copias diarias: máximo 90' }),
  keepMonthly: z
    .number({ error: 'Copias mensuales: escriba un número' })
    .int({ error: 'Copias mensuales: un número entero' })
    .min(0, { error: 'Copias mensuales: no puede ser negativo' })
    .max(120, { error: 'Copias mensuales: máximo 120' }),
});
export type BackupConfig = z.infer<typeof backupConfig>;

export const saveBackupConfigInput = backupConfig.extend({
  folder: lineText('Carpeta de destino', 500).refine((s) => s.length > 0, {
    error: 'Carpeta de destino: escriba la ruta de la unidad externa o de la carpeta de red',
  }),
});

/** How the backup key was derived, and the key itself encrypted with this machine's secret. */
export const storedBackupKey = z.object({
  kdf: z.object({ salt: z.string(), N: z.number().int(), r: z.number().int(), p: z.number().int() }),
  verifier: z.string(),
  wrapped: z.string(),
});
export type StoredBackupKey = z.infer<typeof storedBackupKey>;

export const backupRun = z.object({
  id: z.number(),
  trigger: z.enum(BACKUP_TRIGGERS),
  startedAt: z.string(),
  finishedAt: z.string(),
  result: z.enum(BACKUP_RESULTS),
  fileName: z.string().nullable(),
  folder: z.string(),
  sizeBytes: z.number().nullable(),
  writeMs: z.number().nullable(),
  verifyMs: z.number().nullable(),
  filesCopied: z.number().nullable(),
  message: z.string().nullable(),
  username: z.string().nullable(),
});
export type BackupRun = z.infer<typeof backupRun>;

export const backupOverview = z.object({
  config: backupConfig,
  passphraseSet: z.boolean(),
  lastGood: backupRun.nullable(),
  /** When the next daily backup is due (ISO); null until a folder and a passphrase are set. */
  nextAt: z.string().nullable(),
  /** The last good backup is older than BACKUP_WARNING_DAYS days, or there is none. */
  warning: z.boolean(),
  runs: z.array(backupRun),
});
export type BackupOverview = z.infer<typeof backupOverview>;

const recordRunInput = z.strictObject({
  trigger: z.enum(BACKUP_TRIGGERS),
  startedAt: z.iso.datetime(),
  result: z.enum(BACKUP_RESULTS),
  fileName: z.string().max(200).nullable(),
  folder: z.string().max(500),
  sizeBytes: z.number().int().nonnegative().nullable(),
  writeMs: z.number().int().nonnegative().nullable(),
  verifyMs: z.number().int().nonnegative().nullable(),
  filesCopied: z.number().int().nonnegative().nullable(),
  message: z.string().max(1000).nullable(),
  username: z.string().max(40).nullable(),
});
export type RecordRunInput = z.infer<typeof recordRunInput>;

export const backupsContract = {
  /**
   * Settings, history, last good and next backup, as the database has them. Like every internal
   * procedure, any session: the backup service lets in only the roles of its own procedures.
   */
  'backups.overview': internalQuery('session', z.strictObject({}), backupOverview),
  /** Folder (checked writable), hour and retention. */
  'backups.saveSettings': mutation(admin, saveBackupConfigInput, backupConfig),
  /** A new passphrase's derived key, wrapped: the backup service derives it and calls this. */
  'backups.storeKey': internalMutation('session', storedBackupKey, z.object({ passphraseSet: z.boolean() })),
  /**
   * What the backup service needs to run with no one logged in: the settings, the key (wrapped:
   * the service unwraps it with the machine's secret) and when the last daily run started.
   */
  'backups.plan': internalQuery(
    'public',
    z.strictObject({}),
    z.object({ config: backupConfig, key: storedBackupKey.nullable(), timeZone: z.string(), lastDailyAt: z.string().nullable() }),
  ),
  /** A finished run (automatic runs have no session: the service records who asked). */
  'backups.recordRun': internalMutation('public', recordRunInput, backupRun),
  /** After the database was replaced by a backup: every session ends, the restore is recorded. */
  'backups.recordRestore': internalMutation('public', recordRunInput.extend({ savedAside: z.string().max(500) }), backupRun),
};

export const passphraseInput = z
  .strictObject({
    passphrase: z
      .string({ error: 'Frase de contraseña: escríbala' })
      .min(MIN_PASSPHRASE_LENGTH, { error: `Frase de contraseña: mínimo ${MIN_PASSPHRASE_LENGTH} caracteres` })
      .max(200, { error: 'Frase de contraseña: máximo 200 caracteres' }),
    confirmation: z.string({ error: 'Confirmación: escriba de nuevo la frase' }).max(200),
  })
  .refine((v) => v.passphrase === v.confirmation, {
    error: 'Confirmación: no coincide con la frase de contraseña',
    path: ['confirmation'],
  });

const fileName = z
  .string({ error: 'Copia: elija una de la lista' })
  .regex(/^ventanilla-[0-9T-]+Z\.copia$/, { error: 'Copia: elija una de la lista' });
const typedPassphrase = z
  .string({ error: 'Frase de contraseña: escríbala' })
  .min(1, { error: 'Frase de contraseña: escríbala' })
  .max(200, { error: 'Frase de contraseña: máximo 200 caracteres' });

export const backupStatus = backupOverview.extend({
  /** The automatic backups can run: this machine holds the key (after a restore on a new machine, not until the passphrase is typed again). */
  keyUsable: z.boolean(),
  running: z.boolean(),
});
export type BackupStatus = z.infer<typeof backupStatus>;

export const backupFileView = z.object({ fileName: z.string(), createdAt: z.string(), sizeBytes: z.number() });
export type BackupFileView = z.infer<typeof backupFileView>;

export const backupContents = backupFileView.extend({
  counts: z.array(z.object({ table: z.string(), rows: z.number() })),
});
export type BackupContents = z.infer<typeof backupContents>;

/** Served by the backup service (electron/backups), not by dispatch: the work is slow and asynchronous. */
export const backupServiceContract = {
  'backups.status': query(BACKUP_WATCHERS, z.strictObject({}), backupStatus),
  'backups.setPassphrase': mutation(admin, passphraseInput, z.object({ passphraseSet: z.boolean() })),
  /** A backup now (COPIA AHORA). */
  'backups.run': mutation(admin, z.strictObject({}), backupRun),
  /** The finished backups in the destination folder, newest first. */
  'backups.list': query(admin, z.strictObject({}), z.array(backupFileView)),
  /** Decrypts and verifies a backup and says what it holds; changes nothing. */
  'backups.inspect': query(admin, z.strictObject({ fileName, passphrase: typedPassphrase }), backupContents),
  /** Verifies, saves the current database aside, restores and restarts into it: everyone logs in again. */
  'backups.restore': mutation(
    admin,
    z.strictObject({ fileName, passphrase: typedPassphrase, restoreArchive: z.boolean() }),
    backupContents.extend({ savedAside: z.string(), archiveFilesRestored: z.number() }),
  ),
};
export type BackupServiceContract = typeof backupServiceContract;
