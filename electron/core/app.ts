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
  /** How often the WAL is checkpointed between calls; 0: never on a timer (tests, the bench). */
  checkpointEveryMs?: number;
}

/** Every 30 s the WAL goes into the database, so that no REGISTRAR pays for it. */
export const CHECKPOINT_EVERY_MS = 30_000;

export interface Core {
  dispatch: Dispatch;
  db: ReturnType<typeof openDatabase>['db'];
  sqlite: ReturnType<typeof openDatabase>['sqlite'];
  /** Copies the WAL into the database without waiting on readers (PASSIVE). */
  checkpoint(): void;
  close(): void;
}

/** Opens the office database and returns the one dispatch every transport serves. */
export function createCore(options: CoreOptions): Core {
  const { db, sqlite } = openDatabase(options);
  const clock = options.clock ?? systemClock;
  const workstation = options.workstation ?? hostname();
  const dispatch = createDispatch(
    {
      db,
      sqlite,
      clock,
      workstation,
      archiveDir: options.archiveDir,
      sessions: new SessionStore(sqlite, clock, workstation),
      log: options.log ?? ((message, error) => console.error(`[ventanilla] ${message}`, error)),
    },
    handlers,
  );
  const checkpoint = () => {
    try {
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // A busy database checkpoints on the next round; nothing is lost, the WAL just stays longer.
      (options.log ?? console.error)('checkpoint aplazado', error);
    }
  };
  const every = options.checkpointEveryMs ?? CHECKPOINT_EVERY_MS;
  const timer = every > 0 ? setInterval(checkpoint, every) : null;
  timer?.unref();
  return {
    dispatch,
    db,
    sqlite,
    checkpoint,
    close: () => {
      if (timer) clearInterval(timer);
      sqlite.close();
    },
  };
}
