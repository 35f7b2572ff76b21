import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Ctx } from '../context';
import type { PhotoInput, PhotoMimeType } from '../contract/fieldwork.contract';
import { AppError, invalidField } from '../errors';
import { officeText } from '../office/office-format';
import { getSetting } from '../settings/settings';

/**
 * Photos and scans of a field report, archived next to the printed PDFs (Archivo Misional):
 * <archive>/<YYYY>/<MM>/SOPORTES/<radicado>/<n>-<name>. Every check runs before anything is
 * written, so a refused report leaves neither a row nor a file.
 */

export interface CheckedPhoto {
  fileName: string;
  mimeType: PhotoMimeType;
  data: Buffer;
  sha256: string;
}

export interface ArchivedPhoto extends CheckedPhoto {
  archivePath: string;
}

const CONTENT: Record<PhotoMimeType, { label: string; magic: readonly number[]; extensions: readonly string[] }> = {
  'image/jpeg': { label: 'una foto JPEG', magic: [0xff, 0xd8, 0xff], extensions: ['.jpg', '.jpeg'] },
  'image/png': { label: 'una imagen PNG', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extensions: ['.png'] },
  'application/pdf': { label: 'un PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ['.pdf'] },
};

const megabytes = (ctx: Ctx, bytes: number) => `${officeText(ctx.db).number(bytes / (1024 * 1024), 1)} MB`;

/** Decodes each file and checks its size (setting attachment.maxBytes) and that it is what it says. */
export function checkPhotos(ctx: Ctx, photos: readonly PhotoInput[]): CheckedPhoto[] {
  const max = getSetting(ctx.db, 'attachment.maxBytes');
  return photos.map((photo, i) => {
    const label = `Foto ${i + 1} (${photo.fileName})`;
    const data = Buffer.from(photo.dataBase64, 'base64');
    if (data.length === 0) throw invalidField(`photos.${i}.dataBase64`, `${label}: el archivo está vacío`);
    if (data.length > max) {
      throw invalidField(
        `photos.${i}.dataBase64`,
        `${label}: pesa ${megabytes(ctx, data.length)}; el máximo es ${megabytes(ctx, max)}`,
      );
    }
    const content = CONTENT[photo.mimeType];
    if (!content.magic.every((byte, k) => data[k] === byte)) {
      throw invalidField(`photos.${i}.mimeType`, `${label}: el contenido no es ${content.label}`);
    }
    return { fileName: photo.fileName, mimeType: photo.mimeType, data, sha256: createHash('sha256').update(data).digest('hex') };
  });
}

/** A name that is safe in any file system and keeps the extension of its type. */
export function safeFileName(name: string, mimeType: PhotoMimeType): string {
  const { extensions } = CONTENT[mimeType];
  const base = path.posix.basename(name.replace(/\\/g, '/'));
  const ascii = base.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const cleaned = ascii
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .replace(/_+/g, '_');
  const extension = path.posix.extname(cleaned).toLowerCase();
  const stem = (extensions.includes(extension) ? cleaned.slice(0, -extension.length) : cleaned).slice(0, 60) || 'soporte';
  return `${stem}${extensions.includes(extension) ? extension : extensions[0]}`;
}

const MAX_SUFFIX = 100;

/** Writes a new file (never over another one) and flushes it to disk; returns its path. */
function writeNew(folder: string, name: string, data: Buffer): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const target = path.join(folder, n === 1 ? name : `${stem}_${n}${ext}`);
    let fd: number;
    try {
      fd = openSync(target, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      unlinkSync(target);
      throw error;
    }
    closeSync(fd);
    return target;
  }
  throw new Error(`Hay más de ${MAX_SUFFIX} archivos llamados ${name} en ${folder}`);
}

/**
 * Archives the checked photos of a trámite; `first` numbers them after its earlier ones.
 * If one cannot be written, those already written are removed and the report is refused.
 */
export function archivePhotos(
  ctx: Ctx,
  where: { filingNumber: string; date: string; first: number },
  photos: readonly CheckedPhoto[],
): ArchivedPhoto[] {
  if (photos.length === 0) return [];
  const archiveDir = ctx.archiveDir;
  if (!archiveDir) {
    throw new AppError(
      'RULE',
      'Este equipo no tiene carpeta de archivo de documentos: no se pueden adjuntar fotos. Avise al administrador.',
    );
  }
  const [year, month] = where.date.split('-');
  const folder = path.join(archiveDir, year!, month!, 'SOPORTES', where.filingNumber);
  const written: string[] = [];
  try {
    mkdirSync(folder, { recursive: true });
    return photos.map((photo, i) => {
      const archivePath = writeNew(folder, `${where.first + i}-${safeFileName(photo.fileName, photo.mimeType)}`, photo.data);
      written.push(archivePath);
      return { ...photo, archivePath };
    });
  } catch {
    for (const file of written) unlinkSync(file);
    throw new AppError(
      'INTERNAL',
      `No se pudieron guardar las fotos en el archivo de documentos (${archiveDir}), así que el informe no se guardó. Revise que la carpeta exista y tenga espacio.`,
    );
  }
}

/** Removes archived photos when the report that carried them is not saved after all. */
export function discardPhotos(photos: readonly ArchivedPhoto[]): void {
  for (const photo of photos) {
    try {
      unlinkSync(photo.archivePath);
    } catch {
      // Already gone: nothing to undo.
    }
  }
}
