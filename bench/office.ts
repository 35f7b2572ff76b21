import { constants, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Core, createCore } from '../electron/core/app';
import { openDatabase } from '../db/open';
import { prepareOffice } from '../db/seed/office';

export interface BenchOffice {
  core: Core;
  file: string;
  /** The civil date the office was built on (its history ends the month before). */
  today: string;
  buildMs: number;
  /** A copy of the database as it is now, for a process of its own (the UI bench's host). */
  copyTo(file: string): void;
  /** A logged-in session of a demo user. */
  login(username: string, password: string): string;
  dispose(): void;
}

/** Builds a demo office of the given size in a temp file, as the app would on its first start. */
export function buildOffice(subscribers: number, months: number): BenchOffice {
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-bench-'));
  const file = path.join(dir, 'office.db');
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const start = performance.now();
  const { sqlite } = openDatabase({ file });
  prepareOffice(sqlite, { demo: true, now, today, subscribers, months, pqrRequests: 0 });
  sqlite.close();
  const buildMs = performance.now() - start;
  // The bench checkpoints where the timer would, between payments (cash.bench.ts).
  const core = createCore({ file, workstation: 'BENCH', checkpointEveryMs: 0, log: (m, e) => console.error(m, e) });
  return {
    core,
    file,
    today,
    buildMs,
    copyTo(target) {
      // Everything into the main file first: the copy needs no WAL. Nothing writes in between.
      core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      copyFileSync(file, target, constants.COPYFILE_FICLONE);
    },
    login(username, password) {
      const result = core.dispatch(null, 'auth.login', { username, password });
      if (!result.ok) throw new Error(result.error.message);
      return (result.data as { sessionId: string }).sessionId;
    },
    dispose() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
