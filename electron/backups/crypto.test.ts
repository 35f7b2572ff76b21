import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_KDF, tempFolder } from './backups.test-support';
import {
  DamagedBackupError,
  WrongPassphraseError,
  decryptFile,
  encryptFile,
  newBackupKey,
  readBackupHeader,
  unwrapKey,
  wrapKey,
} from './crypto';

const PASSPHRASE = 'Agua clara para Florencia 2026';

describe('backup encryption (AES-256-GCM, key from scrypt)', () => {
  let folder: ReturnType<typeof tempFolder>;
  let plain: string;
  let sealed: string;
  const content = Buffer.from('Cédula 40781235 · Calle 12 # 3-45 · '.repeat(20_000));

  beforeEach(async () => {
    folder = tempFolder();
    plain = path.join(folder.dir, 'plano.db');
    sealed = path.join(folder.dir, 'copia.copia');
    writeFileSync(plain, content);
    const key = await newBackupKey(PASSPHRASE, TEST_KDF);
    await encryptFile(plain, sealed, key, {
      kind: 'database',
      createdAt: '2026-11-23T22:00:00.000Z',
      counts: { users: 9 },
      plainBytes: content.length,
    });
  });
  afterEach(() => folder.remove());

  it('hides the content and gives it back whole with the passphrase', async () => {
    const bytes = readFileSync(sealed);
    expect(bytes.includes(Buffer.from('40781235'))).toBe(false);
    const header = await decryptFile(sealed, path.join(folder.dir, 'vuelta.db'), PASSPHRASE);
    expect(readFileSync(path.join(folder.dir, 'vuelta.db')).equals(content)).toBe(true);
    expect(header).toMatchObject({ kind: 'database', createdAt: '2026-11-23T22:00:00.000Z', counts: { users: 9 } });
    expect(header.kdf).toMatchObject(TEST_KDF);
  });

  it('refuses a wrong passphrase before writing anything', async () => {
    const out = path.join(folder.dir, 'vuelta.db');
    await expect(decryptFile(sealed, out, 'Agua clara para Florencia 2027')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses a file with one byte changed in its content, its tag or its header', async () => {
    const original = readFileSync(sealed);
    const headerEnd = 12 + original.readUInt32BE(8);
    const dateAt = original.indexOf(Buffer.from('2026-11-23T22'));
    for (const [where, at] of [
      ['content', headerEnd + 5000],
      ['tag', original.length - 3],
      ['header date', dateAt + 3],
    ] as const) {
      const tampered = Buffer.from(original);
      tampered[at] = tampered[at]! ^ 0x01;
      writeFileSync(sealed, tampered);
      const out = path.join(folder.dir, `vuelta-${where.replace(' ', '-')}.db`);
      await expect(decryptFile(sealed, out, PASSPHRASE), where).rejects.toBeInstanceOf(DamagedBackupError);
    }
  });

  it('refuses a truncated file and one that is no backup', async () => {
    writeFileSync(sealed, readFileSync(sealed).subarray(0, 40));
    await expect(decryptFile(sealed, path.join(folder.dir, 'a.db'), PASSPHRASE)).rejects.toBeInstanceOf(DamagedBackupError);
    writeFileSync(sealed, 'SQLite format 3\0 no es una copia');
    await expect(readBackupHeader(sealed)).rejects.toThrow('no es una copia de Ventanilla');
  });

  it('keeps the derived key only wrapped by the machine secret', async () => {
    const key = await newBackupKey(PASSPHRASE, TEST_KDF);
    const secret = Buffer.alloc(32, 7);
    const wrapped = wrapKey(key.key, secret);
    expect(Buffer.from(wrapped, 'base64').includes(key.key)).toBe(false);
    expect(unwrapKey(wrapped, secret)?.equals(key.key)).toBe(true);
    expect(unwrapKey(wrapped, Buffer.alloc(32, 8))).toBeNull();
  });
});
