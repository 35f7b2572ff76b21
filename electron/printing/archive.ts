import { randomBytes } from 'node:crypto';
import { constants, mkdtempSync } from 'node:fs';
import { copyFile, link, mkdir, open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocumentType } from '../core/contract/print.contract';
import { OfficeEnvError } from '../office-env';

/**
 * The Archivo Misional: a PDF of every printed document, kept forever, never overwritten.
 * Layout: <archive>/<YYYY>/<MM>/<TYPE>/<NUMBER>.pdf, reprints <NUMBER>-R<n>.pdf. Test pages
 * are no business document: they go apart, under <archive>/PRUEBAS/<YYYY>/<MM>/.
 */

export const ARCHIVE_ENV = 'VENTANILLA_ARCHIVE';
export const ARCHIVE_FOLDER_NAME = 'Archivo';
export const TEST_PAGES_FOLDER = 'PRUEBAS';

/**
 * VENTANILLA_ARCHIVE, else "Archivo" next to the database file, so backing up the office
 * folder keeps both. An in-memory database (tests, trials) archives to a fresh temp folder.
 */
export function archiveFolderFor(env: NodeJS.ProcessEnv, databaseFile: string): string {
  const raw = env[ARCHIVE_ENV];
  if (raw !== undefined) {
    if (raw.trim() === '') {
      throw new OfficeEnvError(`${ARCHIVE_ENV} está vacía: indique la carpeta del archivo de documentos o quite la variable.`);
    }
    return path.resolve(raw);
  }
  if (databaseFile === ':memory:') return mkdtempSync(path.join(tmpdir(), 'ventanilla-archivo-'));
  return path.join(path.dirname(path.resolve(databaseFile)), ARCHIVE_FOLDER_NAME);
}

export interface ArchiveEntry {
  type: DocumentType;
  number: string;
  reprint: number;
  /** The office's civil date of the print (YYYY-MM-DD): its year and month name the folder. */
  date: string;
}

const SAFE_NAME = /^[A-Z0-9][A-Z0-9_-]{0,59}$/;
const CIVIL_DATE = /^(\d{4})-(\d{2})-\d{2}$/;

/**
 * Where a print goes inside the archive, relative to it with forward slashes (as print_log keeps
 * it, whatever the computer). Refuses anything that could leave it.
 */
export function archiveRelativePath({ type, number, reprint, date }: ArchiveEntry): string {
  const civil = CIVIL_DATE.exec(date);
  if (!civil || !SAFE_NAME.test(type) || !SAFE_NAME.test(number) || !Number.isSafeInteger(reprint) || reprint < 0) {
    throw new Error(`Entrada de archivo no válida: ${JSON.stringify({ type, number, reprint, date })}`);
  }
  const name = `${reprint > 0 ? `${number}-R${reprint}` : number}.pdf`;
  const [year, month] = [civil[1]!, civil[2]!];
  return type === 'PRUEBA' ? [TEST_PAGES_FOLDER, year, month, name].join('/') : [year, month, type, name].join('/');
}

const MAX_SUFFIX = 1000;

/** Publishes `temp` as `target` only if nothing is there yet: a hard link fails instead of replacing. */
async function publish(temp: string, target: string): Promise<boolean> {
  try {
    await link(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (some network shares, FAT): an exclusive copy.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
  }
  try {
    await copyFile(temp, target, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Writes the PDF to a temporary file, flushes it to disk and publishes it under its name; if a
 * file already has that name (a print logged elsewhere, a restored backup) it gets "_2", "_3"…
 * Returns its path relative to the archive, with forward slashes.
 */
export async function archivePdf(archiveDir: string, entry: ArchiveEntry, pdf: Buffer): Promise<string> {
  const relative = archiveRelativePath(entry);
  const folder = path.join(archiveDir, ...path.posix.dirname(relative).split('/'));
  const base = path.posix.basename(relative, '.pdf');
  await mkdir(folder, { recursive: true });
  const temp = path.join(folder, `.${base}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(pdf);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    for (let n = 1; n <= MAX_SUFFIX; n++) {
      const name = n === 1 ? `${base}.pdf` : `${base}_${n}.pdf`;
      if (await publish(temp, path.join(folder, name))) return `${path.posix.dirname(relative)}/${name}`;
    }
    throw new Error(`Hay más de ${MAX_SUFFIX} archivos llamados ${base} en ${folder}`);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** The file of an archived print, from its path relative to the archive. */
export const archivedFile = (archiveDir: string, relative: string): string => path.join(archiveDir, ...relative.split('/'));
