import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OWNED_ELSEWHERE, OwnerLockError, claimOffice } from './owner-lock';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Another process that claims the file and holds it until killed. */
function otherOwner(file: string) {
  const code = `const D = require('better-sqlite3'); const l = new D(${JSON.stringify(`${file}.owner`)});
    l.pragma('locking_mode = EXCLUSIVE'); l.exec('BEGIN EXCLUSIVE'); console.log('claimed'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const claimed = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { claimed, kill: async () => (child.kill('SIGKILL'), exited) };
}

describe('one owner per office database', () => {
  it('refuses a second process with a Spanish message, and the file is free again once the owner dies (kill -9)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-dueno-'));
    folders.push(folder);
    const file = path.join(folder, 'ventanilla.db');
    const owner = otherOwner(file);
    await owner.claimed;
    expect(() => claimOffice(file)).toThrow(OwnerLockError);
    expect(() => claimOffice(file)).toThrow(OWNED_ELSEWHERE(file));
    await owner.kill();
    const lock = claimOffice(file);
    lock.release();
    lock.release();
    claimOffice(file).release();
  });
});
