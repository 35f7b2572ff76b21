import Database from 'better-sqlite3';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testOfficeFile } from '../../db/testing';
import { listBackupFiles } from './backup-files';
import { TEST_KDF, tempFolder } from './backups.test-support';
import { newBackupKey } from './crypto';
import { verifyBackup } from './restore';

/**
 * The server killed with SIGKILL while it makes backups and keeps writing: the live database
 * stays sound, and every file listed as a backup decrypts and verifies (a partial one never is).
 */

const LIVES = 6;
const PASSPHRASE = 'Copias de la oficina de Florencia';
const projectRoot = path.resolve(import.meta.dirname, '..', '..');

let temp: ReturnType<typeof tempFolder>;
let file = '';
let folder = '';
let args: string[] = [];

beforeAll(async () => {
  temp = tempFolder();
  file = testOfficeFile(path.join(temp.dir, 'ventanilla.db'), { subscribers: 200 });
  folder = temp.dir;
  const key = await newBackupKey(PASSPHRASE, TEST_KDF);
  args = [file, folder, path.join(temp.dir, 'trabajo'), key.key.toString('hex'), key.kdf.salt];
});
afterAll(() => temp.remove());

/** One life: resolves with what it said once killed `delayMs` after its n-th backup started. */
function life(delayMs: number, backupsBeforeKill: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', path.join('electron', 'backups', 'kill-child.ts'), ...args],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines: string[] = [];
    let started = 0;
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        if (line === 'backup' && ++started === backupsBeforeKill) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.once('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`La copia terminó sola: ${errors}`)),
    );
  });
}

describe('kill -9 during a backup', () => {
  it('leaves the live database intact and no partial file listed as good', async () => {
    let killedMidBackup = 0;
    const verified = new Set<string>();
    for (let i = 0; i < LIVES; i++) {
      // The first lives die early in a backup (snapshot), the later ones later (encryption, verification).
      const lines = await life(i * 30, 1 + (i % 2));
      if (lines.at(-1) === 'backup') killedMidBackup++;
      const live = new Database(file);
      expect(live.pragma('integrity_check', { simple: true }), `vida ${i}`).toBe('ok');
      live.close();
      for (const backup of await listBackupFiles(folder)) {
        if (verified.has(backup.name)) continue;
        const check = await verifyBackup(folder, backup.name, PASSPHRASE, path.join(temp.dir, 'revision'));
        expect(check.counts.users, backup.name).toBeGreaterThan(0);
        verified.add(backup.name);
      }
    }
    expect(killedMidBackup).toBeGreaterThanOrEqual(LIVES / 2);
    expect(verified.size).toBeGreaterThan(0);
  }, 180_000);
});
