import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Sqlite } from '../../db/open';

/** What a database file holds, as checked by SQLite itself. */
export interface DatabaseInspection {
  /** PRAGMA integrity_check: ['ok'] when sound. */
  integrity: string[];
  /** Rows per table (virtual tables aside: their rows live in their shadow tables, counted too). */
  counts: Record<string, number>;
}

export const isSound = (inspection: DatabaseInspection): boolean =>
  inspection.integrity.length === 1 && inspection.integrity[0] === 'ok';

/** Pages copied per step of the backup API: a step takes about a millisecond, so counters keep working. */
export const PAGES_PER_STEP = 64;

/**
 * A consistent copy of the live database in `target` (`durable`: synced to the disk when written). A database on disk is copied by a worker
 * thread on a read-only connection of its own (VACUUM INTO: one read transaction, so the copy is
 * the database at one instant, while the counters keep writing through WAL); nothing of it runs
 * on the thread that answers the counters, so a large office's copy never holds them up. A
 * database in memory (tests) goes through SQLite's online backup API in small steps.
 */
export async function snapshotDatabase(
  sqlite: Sqlite,
  target: string,
  options: { nativeBinding?: string; durable?: boolean } = {},
): Promise<void> {
  if (sqlite.memory || sqlite.name === '' || sqlite.name === ':memory:') {
    await sqlite.backup(target, { progress: () => PAGES_PER_STEP });
    return;
  }
  const answer = await inWorker<{ error?: string }>(SNAPSHOT, { file: sqlite.name, target, ...options });
  if (answer.error) throw new Error(answer.error);
}

const SNAPSHOT = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
try {
  db.pragma('busy_timeout = 5000');
  // A backup's snapshot is a working file, encrypted and deleted at once: not forced to the
  // disk, where a gigabyte synced in one go would hold up the counters' own commits. The copy
  // saved aside before a restore is kept, so it is synced.
  if (!workerData.durable) db.pragma('synchronous = OFF');
  db.prepare('VACUUM INTO ?').run(workerData.target);
  parentPort.postMessage({});
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message || error) });
} finally {
  db.close();
}`;

// Plain CommonJS run in a worker thread: an integrity check of a large office takes seconds,
// which must not stop the counters in the process that owns the database.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
try {
  db.pragma('journal_mode = DELETE');
  const integrity = db.pragma('integrity_check').map((r) => String(r.integrity_check));
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all();
  const counts = {};
  for (const t of tables) counts[t] = db.prepare('SELECT count(*) FROM "' + t.replace(/"/g, '""') + '"').pluck().get();
  parentPort.postMessage({ integrity, counts });
} catch (error) {
  parentPort.postMessage({ integrity: [String(error && error.message || error)], counts: {} });
} finally {
  db.close();
}`;

const driver = (): string => createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Integrity and row counts of a database file that nothing else has open (a snapshot, a
 * decrypted backup), in a worker thread. A file that is no database answers as unsound.
 */
export async function inspectDatabase(file: string, nativeBinding?: string): Promise<DatabaseInspection> {
  return inWorker<DatabaseInspection>(WORKER, { file, nativeBinding }).catch((error: unknown) => ({
    integrity: [error instanceof Error ? error.message : String(error)],
    counts: {},
  }));
}

/** Runs one of the scripts above in a worker thread and resolves with the message it posts. */
function inWorker<T>(script: string, data: Record<string, unknown>): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { eval: true, workerData: { ...data, driver: driver() } });
    let answered = false;
    worker.once('message', (message: T) => {
      answered = true;
      resolve(message);
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`La revisión de la base de datos terminó sin respuesta (código ${code})`));
    });
  });
}

/** Tables whose row counts differ between two inspections (none: the copy holds what was copied). */
export function differentCounts(a: Record<string, number>, b: Record<string, number>): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((name) => a[name] !== b[name]).sort();
}
