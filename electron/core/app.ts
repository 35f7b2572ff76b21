import { hostname } from 'node:os';
import { type OpenOptions, openDatabase } from '../../db/open';
import { SessionStore } from './auth/sessions';
import { type Clock, systemClock } from './clock';
import { type Dispatch, createDispatch } from './dispatch';
import { handlers } from './handlers';

export interface CoreOptions extends OpenOptions {
  clock?: Clock;
  workstation?: string;
  /** The Archivo Misional folder (electron/printing/archive.ts archiveFolderFor). */
  archiveDir?: string;
  log?: (message: string, error: unknown) => void;
}

export interface Core {
  dispatch: Dispatch;
  db: ReturnType<typeof openDatabase>['db'];
  sqlite: ReturnType<typeof openDatabase>['sqlite'];
  close(): void;
}

/** Opens the office database and returns the one dispatch every transport serves. */
export function createCore(options: CoreOptions): Core {
  const { db, sqlite } = openDatabase(options);
  const clock = options.clock ?? systemClock;
  const dispatch = createDispatch(
    {
      db,
      sqlite,
      clock,
      workstation: options.workstation ?? hostname(),
      archiveDir: options.archiveDir,
      sessions: new SessionStore(clock),
      log: options.log ?? ((message, error) => console.error(`[ventanilla] ${message}`, error)),
    },
    handlers,
  );
  return { dispatch, db, sqlite, close: () => sqlite.close() };
}
