import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

export interface OpenOptions {
  /** A file path, ':memory:', or a serialized database (tests clone a prepared office). */
  file: string | Buffer;
  /** Where the committed migrations live; the packaged app passes its resources folder. */
  migrationsFolder?: string;
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI). */
  nativeBinding?: string;
}

/** The repository's migrations; a bundled or packaged app passes `migrationsFolder` instead. */
/** Pages of WAL (4 KB each) after which a commit checkpoints by itself: 40 MB. */
export const WAL_BACKSTOP_PAGES = 10_000;

export const defaultMigrationsFolder = (): string => path.resolve(import.meta.dirname, 'migrations');

/**
 * Opens the office database with the pragmas a cash desk needs (a receipt must survive a
 * power cut: WAL + synchronous=FULL) and brings its schema up to date.
 */
export function openDatabase(options: OpenOptions): { db: Db; sqlite: Sqlite } {
  const sqlite = new Database(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  if (typeof options.file === 'string' && options.file !== ':memory:') {
    sqlite.pragma('journal_mode = WAL');
    // The core copies the WAL into the database in the quiet moments between payments
    // (Core.checkpoint); SQLite's own checkpoint, inside a commit, is only the backstop.
    sqlite.pragma(`wal_autocheckpoint = ${WAL_BACKSTOP_PAGES}`);
  }
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('temp_store = MEMORY');
  // Searching the office's small catalogs as people type: without accents or case (FTS5 does it for the padrón).
  sqlite.function('unaccent', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : value,
  );
  const db = drizzle({ client: sqlite, schema, casing: 'snake_case' });
  migrate(db, { migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder() });
  return { db, sqlite };
}
