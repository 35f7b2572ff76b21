import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * The backups in the destination folder are named by the instant they were made (UTC), so the
 * folder sorts by date and a name says when: ventanilla-2026-11-23T22-00-00-000Z.copia. What
 * is being written carries another name (.parcial) until it was verified, so no partial file
 * is ever listed.
 */

export const BACKUP_EXTENSION = '.copia';
const NAME = /^ventanilla-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.copia$/;
const PARTIAL = /\.parcial$/;

export function backupFileName(at: Date): string {
  return `ventanilla-${at.toISOString().replace(/[:.]/g, '-')}${BACKUP_EXTENSION}`;
}

/** The instant a backup's name says it was made, or null for any other file. */
export function instantOfBackup(name: string): Date | null {
  const m = NAME.exec(name);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
}

export const partialName = (name: string): string => `.${name}.parcial`;

export interface BackupFile {
  name: string;
  at: Date;
  size: number;
}

/** The finished backups in a folder, newest first. */
export async function listBackupFiles(folder: string): Promise<BackupFile[]> {
  const names = await readdir(folder);
  const files: BackupFile[] = [];
  for (const name of names) {
    const at = instantOfBackup(name);
    if (!at) continue;
    const info = await stat(path.join(folder, name)).catch(() => null);
    if (info?.isFile()) files.push({ name, at, size: info.size });
  }
  return files.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** Removes what a run killed half-way left behind (never a finished backup). */
export async function removePartials(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => PARTIAL.test(n)).map((n) => unlink(path.join(folder, n)).catch(() => undefined)));
}
