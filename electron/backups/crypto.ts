import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

/**
 * The backup file: AES-256-GCM over the whole content with a key derived from the admin's
 * passphrase by scrypt. Layout:
 *
 *   "VNTCOPIA" (8 bytes) · header length (uint32 BE) · header (JSON, UTF-8) · ciphertext · tag (16)
 *
 * The header says how the key was derived (salt, N, r, p), carries a verifier of the key (so a
 * wrong passphrase is told apart from a damaged file) and what the file holds; it is the
 * cipher's additional data, so a changed date or count fails like a changed byte of content.
 */

const MAGIC = Buffer.from('VNTCOPIA', 'ascii');
const TAG_BYTES = 16;
const IV_BYTES = 12;
const KEY_BYTES = 32;
const MAX_HEADER_BYTES = 64 * 1024;
const VERIFIER_LABEL = 'ventanilla-copia-de-seguridad-v1';

export interface KdfParams {
  salt: string;
  N: number;
  r: number;
  p: number;
}

/** scrypt at 2^15 × 8: about 32 MB and a tenth of a second per derivation on an office PC. */
export const DEFAULT_KDF: Omit<KdfParams, 'salt'> = { N: 2 ** 15, r: 8, p: 1 };

/** A key derived from the passphrase, with what it takes to derive it again and to recognise it. */
export interface BackupKey {
  key: Buffer;
  kdf: KdfParams;
  verifier: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('La frase de contraseña no es la de esta copia. Escríbala de nuevo, tal como se configuró cuando se hizo la copia.');
    this.name = 'WrongPassphraseError';
  }
}

export class DamagedBackupError extends Error {
  constructor(detail = '') {
    super(
      `El archivo de la copia está dañado o fue modificado${detail ? ` (${detail})` : ''}: no se puede usar. Elija otra copia.`,
    );
    this.name = 'DamagedBackupError';
  }
}

/** What recognises a key without revealing it (stored in the header and beside the wrapped key). */
export const verifierOfKey = (key: Buffer): string => createHmac('sha256', key).update(VERIFIER_LABEL).digest('base64');

function scryptAsync(passphrase: string, kdf: KdfParams): Promise<Buffer> {
  const { N, r, p } = kdf;
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(kdf.salt, 'base64'),
      KEY_BYTES,
      { N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** A new key for a passphrase the admin just set (fresh salt). */
export async function newBackupKey(passphrase: string, params: Omit<KdfParams, 'salt'> = DEFAULT_KDF): Promise<BackupKey> {
  const kdf = { ...params, salt: randomBytes(16).toString('base64') };
  const key = await scryptAsync(passphrase, kdf);
  return { key, kdf, verifier: verifierOfKey(key) };
}

/** The key of a backup from the passphrase typed at restore; a wrong passphrase is refused. */
export async function keyForHeader(passphrase: string, header: Pick<BackupHeader, 'kdf' | 'verifier'>): Promise<BackupKey> {
  const key = await scryptAsync(passphrase, header.kdf);
  const verifier = verifierOfKey(key);
  const expected = Buffer.from(header.verifier, 'base64');
  const given = Buffer.from(verifier, 'base64');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new WrongPassphraseError();
  return { key, kdf: header.kdf, verifier };
}

/** What a backup file says about itself, readable without the passphrase (and authenticated by it). */
export interface BackupHeader {
  format: 1;
  /** 'database': the office database; 'file': one file of the document archive. */
  kind: 'database' | 'file';
  createdAt: string;
  kdf: KdfParams;
  verifier: string;
  iv: string;
  /** Rows per table of the database it holds. */
  counts?: Record<string, number>;
  /** Bytes of the plain content. */
  plainBytes: number;
}

function encodeHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json]);
}

async function readExactly(handle: FileHandle, length: number, position: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new DamagedBackupError('el archivo está incompleto');
  return buffer;
}

interface OpenedBackup {
  header: BackupHeader;
  /** The header bytes as written: the cipher's additional data. */
  aad: Buffer;
  size: number;
}

async function readFrame(handle: FileHandle): Promise<OpenedBackup> {
  const { size } = await handle.stat();
  if (size < MAGIC.length + 4 + TAG_BYTES) throw new DamagedBackupError('el archivo está incompleto');
  const magic = await readExactly(handle, MAGIC.length, 0);
  if (!magic.equals(MAGIC)) throw new DamagedBackupError('no es una copia de Ventanilla');
  const lengthBytes = await readExactly(handle, 4, MAGIC.length);
  const length = lengthBytes.readUInt32BE();
  if (length > MAX_HEADER_BYTES || MAGIC.length + 4 + length + TAG_BYTES > size) {
    throw new DamagedBackupError('el encabezado no es válido');
  }
  const json = await readExactly(handle, length, MAGIC.length + 4);
  let header: BackupHeader;
  try {
    header = JSON.parse(json.toString('utf8')) as BackupHeader;
  } catch {
    throw new DamagedBackupError('el encabezado no es válido');
  }
  if (header?.format !== 1 || typeof header.kdf?.salt !== 'string' || typeof header.iv !== 'string') {
    throw new DamagedBackupError('el encabezado no es válido');
  }
  return { header, aad: Buffer.concat([MAGIC, lengthBytes, json]), size };
}

/** The header of a backup file, without decrypting it (the list of backups shows date and size). */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const handle = await open(file, 'r');
  try {
    return (await readFrame(handle)).header;
  } finally {
    await handle.close();
  }
}

/**
 * Encrypts `source` into `target` (created; it must not exist), chunk by chunk, so a large
 * database never sits in memory and the event loop keeps serving the counters.
 */
export async function encryptFile(
  source: string,
  target: string,
  key: BackupKey,
  about: Pick<BackupHeader, 'kind' | 'createdAt' | 'counts' | 'plainBytes'>,
): Promise<void> {
  const iv = randomBytes(IV_BYTES);
  const header: BackupHeader = { format: 1, ...about, kdf: key.kdf, verifier: key.verifier, iv: iv.toString('base64') };
  const frame = encodeHeader(header);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(frame);
  const out = await open(target, 'wx');
  try {
    await out.write(frame);
    let unsynced = 0;
    for await (const chunk of createReadStream(source, { highWaterMark: 256 * 1024 })) {
      await out.write(cipher.update(chunk as Buffer));
      unsynced += (chunk as Buffer).length;
      // A little at a time to the disk: gigabytes left for the end would hold up every commit
      // the counters make meanwhile (their fsync waits behind them).
      if (unsynced >= SYNC_EVERY_BYTES) {
        await out.datasync();
        unsynced = 0;
      }
    }
    await out.write(cipher.final());
    await out.write(cipher.getAuthTag());
    await out.sync();
  } finally {
    await out.close();
  }
}

/** How much a backup writes before it asks the disk to take it (see encryptFile). */
const SYNC_EVERY_BYTES = 32 * 1024 * 1024;

/**
 * Decrypts a backup into `target` (created). Resolves only when the tag checked: until then
 * `target` holds unauthenticated bytes, so the caller deletes it on any error. A wrong
 * passphrase is refused before anything is written. `durable: false` for a copy that is only
 * read and deleted (the verification): it is not forced to the disk.
 */
export async function decryptFile(
  source: string,
  target: string,
  passphraseOrKey: string | BackupKey,
  durable = true,
): Promise<BackupHeader> {
  const input = await open(source, 'r');
  try {
    const { header, aad, size } = await readFrame(input);
    const key = typeof passphraseOrKey === 'string' ? await keyForHeader(passphraseOrKey, header) : passphraseOrKey;
    if (key.verifier !== header.verifier) throw new WrongPassphraseError();
    const start = aad.length;
    const end = size - TAG_BYTES;
    const tag = await readExactly(input, TAG_BYTES, end);
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(header.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    const out = await open(target, 'wx');
    try {
      if (end > start) {
        for await (const chunk of createReadStream('', {
          fd: input,
          start,
          end: end - 1,
          autoClose: false,
          highWaterMark: 256 * 1024,
        })) {
          await out.write(decipher.update(chunk as Buffer));
        }
      }
      try {
        await out.write(decipher.final());
      } catch {
        throw new DamagedBackupError();
      }
      if (durable) await out.sync();
    } finally {
      await out.close();
    }
    return header;
  } finally {
    await input.close().catch(() => undefined);
  }
}

/**
 * The derived key kept for the automatic backups, encrypted with the machine's own secret
 * (see machine-secret.ts): the database, and so every backup of it, holds only this.
 */
export function wrapKey(key: Buffer, secret: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The key back, or null when this machine's secret is not the one that wrapped it. */
export function unwrapKey(wrapped: string, secret: Buffer): Buffer | null {
  const bytes = Buffer.from(wrapped, 'base64');
  if (bytes.length !== IV_BYTES + TAG_BYTES + KEY_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', secret, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}
