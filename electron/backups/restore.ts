import { existsSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Sqlite } from '../../db/open';
import { instantOfBackup } from './backup-files';
import { type BackupHeader, DamagedBackupError, decryptFile } from './crypto';
import { differentCounts, inspectDatabase, isSound, snapshotDatabase } from './inspect-database';

export class BackupMissingError extends Error {
  constructor(fileName: string) {
    super(`La copia ${fileName} ya no está en la carpeta de destino. Revise que la unidad esté conectada y actualice la lista.`);
    this.name = 'BackupMissingError';
  }
}

export interface VerifiedBackup {
  /** The decrypted database, checked, in the work folder (same disk as the live database). */
  file: string;
  header: BackupHeader;
  counts: Record<string, number>;
}

/**
 * Decrypts a backup into the work folder and checks it as the backup run did: the passphrase
 * (refused before anything is written), the cipher's tag, PRAGMA integrity_check and the row
 * counts its header promises. Nothing of the live office is touched.
 */
export async function verifyBackup(
  folder: string,
  fileName: string,
  passphrase: string,
  workDir: string,
  nativeBinding?: string,
): Promise<VerifiedBackup> {
  const source = path.join(folder, fileName);
  if (!instantOfBackup(fileName) || !existsSync(source)) throw new BackupMissingError(fileName);
  await mkdir(workDir, { recursive: true });
  const file = path.join(workDir, 'restaurar.db');
  await rm(file, { force: true });
  try {
    const header = await decryptFile(source, file, passphrase);
    if (header.kind !== 'database') throw new DamagedBackupError('no es una copia de la base de datos');
    const inspected = await inspectDatabase(file, nativeBinding);
    if (!isSound(inspected)) throw new DamagedBackupError('la base de datos que contiene tiene errores');
    if (differentCounts(header.counts ?? {}, inspected.counts).length > 0) {
      throw new DamagedBackupError('no contiene las filas que anuncia');
    }
    return { file, header, counts: inspected.counts };
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

/** The current database, copied aside (online, consistent) before it is replaced: its name says when. */
export async function saveAside(sqlite: Sqlite, databaseFile: string, now: Date, nativeBinding?: string): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = path.basename(databaseFile, path.extname(databaseFile));
  const aside = path.join(path.dirname(databaseFile), `${base}-antes-de-restaurar-${stamp}.db`);
  await snapshotDatabase(sqlite, aside, { nativeBinding, durable: true });
  return aside;
}

/**
 * Puts the verified backup in the live database's place. Only while no connection has the
 * database open: its WAL and shared memory belong to the replaced file and go with it.
 */
export function swapDatabase(databaseFile: string, restored: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${databaseFile}${suffix}`, { force: true });
  renameSync(restored, databaseFile);
}
