import { statSync } from 'node:fs';
import path from 'node:path';
import { DEMO_DEFAULTS } from '../db/seed/demo';
import { defaultDatabaseFile } from './boot';

/**
 * The one place the environment variables of Ventanilla are read and checked:
 *   VENTANILLA_DB                   database file (default: the user-data folder)
 *   VENTANILLA_DEMO                 on the first start: 1 = demo office, 0 = empty office; unset =
 *                                   demo from a clone, empty in an installed app (see demoWanted)
 *   VENTANILLA_DEMO_SUBSCRIBERS     size of the demo padrón (tests use a small one)
 *   VENTANILLA_PORT                 browser mode only; 0 = any free port
 * Printing reads its own, next to the code that uses them:
 *   VENTANILLA_ARCHIVE              folder of the printed PDFs (electron/printing/archive.ts)
 *   VENTANILLA_CHROMIUM             browser mode's PDF renderer (electron/printing/chromium-engine.ts)
 * Browser mode under test reads one more, which the Electron app never does:
 *   VENTANILLA_TEST_CLOCK           a fixed instant the office's clock starts at (electron/test-clock.ts)
 */

export const DEFAULT_PORT = 5180;
const MAX_DEMO_SUBSCRIBERS = 500_000;

export interface OfficeEnvOptions {
  file: string;
  demo: boolean;
  demoSubscribers: number;
  port: number;
  /** Set explicitly: a busy port is then an error instead of a quiet fallback. */
  portFromEnv: boolean;
}

/** A wrong environment value: the message is for the person who typed it, no stack trace. */
export class OfficeEnvError extends Error {
  override readonly name = 'OfficeEnvError';
}

function integer(env: NodeJS.ProcessEnv, key: string, min: number, max: number, meaning: string): number | undefined {
  const raw = env[key]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new OfficeEnvError(`${key}="${raw}" no es válido: debe ser ${meaning}, un número entero entre ${min} y ${max}.`);
  }
  return value;
}

function databaseFile(env: NodeJS.ProcessEnv, defaultFile: () => string): string {
  const raw = env.VENTANILLA_DB;
  if (raw === undefined) return defaultFile();
  if (raw.trim() === '')
    throw new OfficeEnvError('VENTANILLA_DB está vacía: indique la ruta del archivo de la base de datos o quite la variable.');
  if (raw === ':memory:') return raw;
  const file = path.resolve(raw);
  const folder = statSync(path.dirname(file), { throwIfNoEntry: false });
  if (!folder?.isDirectory()) {
    throw new OfficeEnvError(`VENTANILLA_DB="${raw}" no es válido: la carpeta ${path.dirname(file)} no existe.`);
  }
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
    throw new OfficeEnvError(
      `VENTANILLA_DB="${raw}" es una carpeta: indique un archivo, por ejemplo ${path.join(file, 'ventanilla.db')}.`,
    );
  }
  return file;
}

/** How the app was started: an installed app, or a clone (npm start, browser mode). */
export interface Launch {
  packaged: boolean;
  argv: readonly string[];
}

/** The command-line flag that asks an installed app for the demo office. */
export const DEMO_FLAG = '--demo';

const FROM_A_CLONE: Launch = { packaged: false, argv: [] };

/**
 * The demo office publishes its users' passwords (README), so an installed app starts empty
 * (the first admin must change the factory password) unless the demo is asked for.
 */
export function demoWanted(demoRaw: '' | '0' | '1', launch: Launch): boolean {
  if (launch.argv.includes(DEMO_FLAG) || demoRaw === '1') return true;
  if (demoRaw === '0') return false;
  return !launch.packaged;
}

function demoSetting(env: NodeJS.ProcessEnv): '' | '0' | '1' {
  const raw = env.VENTANILLA_DEMO?.trim() ?? '';
  if (raw === '' || raw === '0' || raw === '1') return raw;
  throw new OfficeEnvError(`VENTANILLA_DEMO="${raw}" no es válido: use 0 (oficina vacía) o 1 (oficina de demostración).`);
}

export function officeOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  defaultFile: () => string = () => defaultDatabaseFile(),
  launch: Launch = FROM_A_CLONE,
): OfficeEnvOptions {
  const demo = demoWanted(demoSetting(env), launch);
  const demoSubscribers =
    integer(env, 'VENTANILLA_DEMO_SUBSCRIBERS', 1, MAX_DEMO_SUBSCRIBERS, 'la cantidad de suscriptores de la demostración') ??
    DEMO_DEFAULTS.subscribers;
  const port = integer(env, 'VENTANILLA_PORT', 0, 65_535, 'el puerto local del modo navegador (0 = cualquiera libre)');
  return {
    file: databaseFile(env, defaultFile),
    demo,
    demoSubscribers,
    port: port ?? DEFAULT_PORT,
    portFromEnv: port !== undefined,
  };
}
