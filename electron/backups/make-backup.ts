import { mkdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Sqlite } from '../../db/open';
import { backupFileName, listBackupFiles, partialName, removePartials } from './backup-files';
import { type BackupKey, decryptFile, encryptFile } from './crypto';
import { differentCounts, inspectDatabase, isSound, snapshotDatabase } from './inspect-database';
import { mirrorArchive } from './mirror';
import { type Retention, backupsToDelete } from './rotation';

/** A backup that did not come out right; the message is for the admin, in Spanish. */
export class BackupFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFailure';
  }
}

export interface BackupJob {
  sqlite: Sqlite;
  key: BackupKey;
  /** The destination: an external drive or a network share. */
  folder: string;
  /** A folder on the server's own disk for the plain snapshot and the verification copy. */
  workDir: string;
  /** The document archive to copy beside the backups, when there is one. */
  archiveDir?: string;
  now: Date;
  timeZone: string;
  retention: Retention;
  nativeBinding?: string;
}

export interface BackupOutcome {
  fileName: string;
  sizeBytes: number;
  writeMs: number;
  verifyMs: number;
  filesCopied: number;
  counts: Record<string, number>;
}

const elapsed = (since: number) => Math.round(performance.now() - since);

/** Turns a file-system error at the destination into what the admin can fix. */
export function destinationProblem(folder: string, error: unknown): BackupFailure {
  if (error instanceof BackupFailure) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC')
    return new BackupFailure(`No hay espacio en la carpeta de destino (${folder}). Libere espacio o use otra unidad.`);
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EIO') {
    return new BackupFailure(
      `No se pudo escribir en la carpeta de destino (${folder}). Revise que la unidad esté conectada o la red disponible, y sus permisos.`,
    );
  }
  return new BackupFailure(`La copia no se pudo completar: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * One backup: snapshot of the live database (online, in steps) → encrypted into the
 * destination under a partial name → decrypted again, integrity and row counts checked →
 * renamed to its final name → archive copied incrementally → old backups rotated. Whatever
 * stops it half-way (an error, a kill) leaves the partial name, never listed as a backup.
 */
export async function makeBackup(job: BackupJob): Promise<BackupOutcome> {
  const { folder, workDir, key } = job;
  const fileName = backupFileName(job.now);
  const snapshot = path.join(workDir, 'copia.db');
  const check = path.join(workDir, 'verificacion.db');
  const partial = path.join(folder, partialName(fileName));
  await mkdir(workDir, { recursive: true });
  await Promise.all([rm(snapshot, { force: true }), rm(check, { force: true })]);
  try {
    await removePartials(folder).catch(() => undefined);
    const writing = performance.now();
    await snapshotDatabase(job.sqlite, snapshot, { nativeBinding: job.nativeBinding });
    const source = await inspectDatabase(snapshot, job.nativeBinding);
    if (!isSound(source)) {
      throw new BackupFailure(
        `La base de datos de la oficina tiene errores de integridad (${source.integrity[0]}); no se hizo la copia. Avise al soporte técnico.`,
      );
    }
    const plainBytes = (await stat(snapshot)).size;
    try {
      await encryptFile(snapshot, partial, key, {
        kind: 'database',
        createdAt: job.now.toISOString(),
        counts: source.counts,
        plainBytes,
      });
    } catch (error) {
      throw destinationProblem(folder, error);
    }
    await unlink(snapshot);
    const writeMs = elapsed(writing);

    const verifying = performance.now();
    await decryptFile(partial, check, key, false).catch(() => {
      throw new BackupFailure('La copia escrita no se pudo leer de nuevo: la unidad de destino puede estar fallando.');
    });
    const copy = await inspectDatabase(check, job.nativeBinding);
    const differing = differentCounts(source.counts, copy.counts);
    if (!isSound(copy) || differing.length > 0) {
      throw new BackupFailure(
        `La copia escrita no coincide con la base de datos${differing.length ? ` (tablas ${differing.slice(0, 3).join(', ')})` : ''}: la unidad de destino puede estar fallando.`,
      );
    }
    const verifyMs = elapsed(verifying);
    const target = path.join(folder, fileName);
    await rename(partial, target).catch((error: unknown) => {
      throw destinationProblem(folder, error);
    });
    const sizeBytes = (await stat(target)).size;

    const mirrored = job.archiveDir
      ? await mirrorArchive(job.archiveDir, folder, key, job.now).catch((error: unknown) => {
          throw destinationProblem(folder, error);
        })
      : { copied: 0 };
    await rotate(folder, job.timeZone, job.retention);
    return { fileName, sizeBytes, writeMs, verifyMs, filesCopied: mirrored.copied, counts: source.counts };
  } finally {
    await Promise.all([rm(snapshot, { force: true }), rm(check, { force: true }), rm(partial, { force: true })]);
  }
}

async function rotate(folder: string, timeZone: string, retention: Retention): Promise<void> {
  const files = await listBackupFiles(folder);
  for (const old of backupsToDelete(files, timeZone, retention)) await rm(path.join(folder, old.name), { force: true });
}
