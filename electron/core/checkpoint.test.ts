import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from './app';

const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the core checkpoints the WAL between calls', () => {
  it('copies what commits left in the WAL into the database file, so no later commit pays for it', () => {
    const file = path.join(dir, 'office.db');
    const core = createCore({ file, checkpointEveryMs: 0, log: () => undefined });
    core.checkpoint();
    core.sqlite.exec('CREATE TABLE t (b BLOB)');
    const insert = core.sqlite.prepare('INSERT INTO t (b) VALUES (randomblob(1000))');
    for (let i = 0; i < 1000; i++) core.sqlite.transaction(() => insert.run())();
    const before = statSync(file).size;
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
    core.checkpoint();
    // A megabyte of rows now lives in the database itself (the WAL file is reused, not shrunk).
    expect(statSync(file).size - before).toBeGreaterThan(1_000_000);
    core.close();
  });
});
