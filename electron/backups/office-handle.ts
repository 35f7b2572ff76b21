import type { Core } from '../core/app';
import type { Result } from '../core/contract';
import type { Dispatch } from '../core/dispatch';

/**
 * The office as the backup service sees it: the current core (a restore replaces it) and how
 * to restart on a replaced database file.
 */
export interface OfficeHandle {
  /** The database file the core has open. */
  readonly file: string;
  core(): Core;
  /** Dispatch to whichever core is open now; while it restarts, a Spanish refusal. */
  dispatch: Dispatch;
  /**
   * Closes the core, runs `swap` while nothing has the file open, then opens the office again
   * (browser mode) or restarts the application into it (desktop).
   */
  restart(swap: () => void): Promise<void>;
}

const RESTARTING: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'Ventanilla se está reiniciando con una copia de seguridad restaurada. Espere unos segundos e ingrese de nuevo.',
  },
};

/**
 * The office around its open core. A restart closes the core, swaps the file and calls
 * `reopen`: browser mode (and tests) open the core again in this process; the desktop app
 * relaunches itself and answers null (this process is about to exit).
 */
export function officeHandle(file: string, first: Core, reopen: () => Core | null): OfficeHandle & { close(): void } {
  let current: Core | null = first;
  return {
    file,
    core: () => {
      if (!current) throw new Error('La base de datos se está reemplazando');
      return current;
    },
    dispatch: (session, name, input, options) => (current ? current.dispatch(session, name, input, options) : RESTARTING),
    restart: async (swap) => {
      const closing = current;
      current = null;
      closing?.close();
      try {
        swap();
      } finally {
        current = reopen();
      }
    },
    close: () => {
      current?.close();
      current = null;
    },
  };
}
