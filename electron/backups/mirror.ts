import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BackupHeader, type BackupKey, decryptFile, encryptFile, keyForHeader, readBackupHeader } from './crypto';

/**
 * The document archive (printed PDFs and the SOPORTES of field reports) copied beside the
 * backups, incrementally: a manifest keeps each file's SHA-256, and only new or changed files
 * are copied, each encrypted like the database. Files are never removed from the copy: the
 * archive keeps everything forever.
 */

export const MIRROR_FOLDER = 'Archivo';
const MANIFEST = 'manifiesto.json';

interface ManifestEntry {
  sha256: string;
  size: number;
  mtimeMs: number;
}

interface Manifest {
  /** The key the copies were encrypted with: a new passphrase copies everything again. */
  verifier: string;
  files: Record<string, ManifestEntry>;
}

export interface MirrorResult {
  copied: number;
  unchanged: number;
}

async function* walk(root: string, relative = ''): AsyncGenerator<string> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(root, rel);
    else if (entry.isFile()) yield rel;
  }
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readManifest(file: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

const mirroredName = (relative: string) => `${relative}.copia`;

/** Copies what is new or changed in `archiveDir` to `<folder>/Archivo`, encrypted, and updates the manifest. */
export async function mirrorArchive(archiveDir: string, folder: string, key: BackupKey, now: Date): Promise<MirrorResult> {
  const target = path.join(folder, MIRROR_FOLDER);
  await mkdir(target, { recursive: true });
  const manifestFile = path.join(target, MANIFEST);
  const previous = await readManifest(manifestFile);
  const known = previous?.verifier === key.verifier ? previous.files : {};
  const files: Record<string, ManifestEntry> = { ...(previous?.files ?? {}) };
  const result: MirrorResult = { copied: 0, unchanged: 0 };
  for await (const relative of walk(archiveDir)) {
    const source = path.join(archiveDir, relative);
    const info = await stat(source);
    const before = known[relative];
    // The size and time of a file already copied spare hashing it again; anything else is hashed.
    const sha256 =
      before && before.size === info.size && before.mtimeMs === info.mtimeMs ? before.sha256 : await sha256Of(source);
    const copy = path.join(target, mirroredName(relative));
    const present = await stat(copy).then(
      () => true,
      () => false,
    );
    if (before?.sha256 === sha256 && present) {
      result.unchanged++;
      files[relative] = { ...before, size: info.size, mtimeMs: info.mtimeMs };
      continue;
    }
    await mkdir(path.dirname(copy), { recursive: true });
    const partial = `${copy}.parcial`;
    await rm(partial, { force: true });
    await encryptFile(source, partial, key, { kind: 'file', createdAt: now.toISOString(), plainBytes: info.size });
    await rename(partial, copy);
    files[relative] = { sha256, size: info.size, mtimeMs: info.mtimeMs };
    result.copied++;
  }
  const manifest: Manifest = { verifier: key.verifier, files };
  await writeFile(`${manifestFile}.parcial`, JSON.stringify(manifest));
  await rename(`${manifestFile}.parcial`, manifestFile);
  return result;
}

/**
 * Brings back into `archiveDir` every file of the copy that is missing there or differs from
 * the copy's checksum. Files only in `archiveDir` stay.
 */
export async function restoreArchive(folder: string, archiveDir: string, passphrase: string): Promise<MirrorResult> {
  const source = path.join(folder, MIRROR_FOLDER);
  const manifest = await readManifest(path.join(source, MANIFEST));
  const result: MirrorResult = { copied: 0, unchanged: 0 };
  if (!manifest) return result;
  const keys = new Map<string, BackupKey>();
  const keyFor = async (header: BackupHeader) => {
    let key = keys.get(header.kdf.salt);
    if (!key) keys.set(header.kdf.salt, (key = await keyForHeader(passphrase, header)));
    return key;
  };
  for (const [relative, entry] of Object.entries(manifest.files)) {
    const live = path.join(archiveDir, relative);
    if (path.relative(archiveDir, live).startsWith('..')) continue;
    const current = await sha256Of(live).catch(() => null);
    if (current === entry.sha256) {
      result.unchanged++;
      continue;
    }
    const copy = path.join(source, mirroredName(relative));
    await mkdir(path.dirname(live), { recursive: true });
    const partial = `${live}.parcial`;
    await rm(partial, { force: true });
    try {
      await decryptFile(copy, partial, await keyFor(await readBackupHeader(copy)));
      await rename(partial, live);
    } finally {
      await rm(partial, { force: true });
    }
    result.copied++;
  }
  return result;
}
