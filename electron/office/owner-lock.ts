import Database from 'better-sqlite3';

/**
 * One owner per office database: sessions, numbering and rights live in one process. The owner
 * holds an exclusive SQLite lock on a small file beside the database (`<file>.owner`) for as long
 * as it runs; the operating system drops the lock when the process ends, even by kill -9 or a
 * power cut, so a stale lock never blocks the office. A second process is refused at start.
 */

export class OwnerLockError extends Error {
  override readonly name = 'OwnerLockError';
}

export interface OwnerLock {
  readonly file: string;
  release(): void;
}

export const ownerLockFile = (databaseFile: string): string => `${databaseFile}.owner`;

export const OWNED_ELSEWHERE = (databaseFile: string) =>
  `La base de datos de la oficina (${databaseFile}) ya está abierta por otro Ventanilla: otra ventana, el modo navegador o el servidor de la oficina. ` +
  'Ciérrelo antes de abrirla aquí, o conecte este equipo como puesto del servidor de la oficina.';

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** Claims `databaseFile` for this process; throws OwnerLockError when another process owns it. */
export function claimOffice(databaseFile: string, nativeBinding?: string): OwnerLock {
  const file = ownerLockFile(databaseFile);
  const lock = new Database(file, { timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // The write lock of an open transaction, never committed: held until release or exit.
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if (isBusy(error)) throw new OwnerLockError(OWNED_ELSEWHERE(databaseFile));
    throw error;
  }
  let held = true;
  return {
    file,
    release: () => {
      if (!held) return;
      held = false;
      lock.exec('ROLLBACK');
      lock.close();
    },
  };
}
