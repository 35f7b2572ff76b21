import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { prepareOffice } from '../db/seed/office';
import { DEMO_USERS, FIRST_ADMIN } from '../db/seed/users';
import { type Core, createCore } from './core/app';
import { type Clock, civilDateOf, systemClock } from './core/clock';
import { getSetting } from './core/settings/settings';

/**
 * Opening the office, shared by the desktop shell (electron/main) and browser mode
 * (electron/host.ts). Node only: no `electron` import, so tests and the host can use it.
 */

export type Prepared = ReturnType<typeof prepareOffice>;

export interface BootOptions {
  file: string;
  /** On the very first start: the demo office (true) or an empty one with the first admin. */
  demo: boolean;
  demoSubscribers?: number;
  /** The demo company's logo file, where the repository's build/icon.png is not at hand. */
  demoLogo?: string;
  /** better_sqlite3.node built for Electron's ABI, when running inside Electron in development. */
  nativeBinding?: string;
  migrationsFolder?: string;
  /** The Archivo Misional folder: the core archives field photos there, as printing does PDFs. */
  archiveDir?: string;
  log: (message: string, error: unknown) => void;
  clock?: Clock;
}

export interface BootedOffice {
  core: Core;
  file: string;
  prepared: Prepared;
  elapsedMs: number;
}

export function bootOffice(options: BootOptions): BootedOffice {
  const started = performance.now();
  const clock = options.clock ?? systemClock;
  const core = createCore({
    file: options.file,
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
    archiveDir: options.archiveDir,
    clock,
    log: options.log,
  });
  try {
    const now = clock.now();
    // "Today" is the office's civil date, not the computer's: a laptop set to UTC must not
    // date the demo history a day ahead in the evening.
    const today = civilDateOf(now, getSetting(core.db, 'office.timeZone'));
    const prepared = prepareOffice(core.sqlite, {
      demo: options.demo,
      now,
      today,
      subscribers: options.demoSubscribers,
      demoLogo: options.demoLogo,
    });
    return { core, file: options.file, prepared, elapsedMs: Math.round(performance.now() - started) };
  } catch (error) {
    core.close();
    throw error;
  }
}

export interface PlatformFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

const thisMachine = (): PlatformFacts => ({ platform: process.platform, env: process.env, home: homedir() });

/**
 * The folder Electron's app.getPath('userData') gives an app of this name, so browser mode
 * and the desktop window open the same office database.
 */
export function userDataFolder(appName = 'Ventanilla', facts: PlatformFacts = thisMachine()): string {
  const { platform, env, home } = facts;
  if (platform === 'win32') return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', appName);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), appName);
}

export const DATABASE_FILE_NAME = 'ventanilla.db';

/** The office database in the user-data folder, which is created if missing. */
export function defaultDatabaseFile(appName = 'Ventanilla', facts: PlatformFacts = thisMachine()): string {
  const folder = userDataFolder(appName, facts);
  mkdirSync(folder, { recursive: true });
  return path.join(folder, DATABASE_FILE_NAME);
}

/** Summary line for the console after a first start created the office. */
export function preparedMessage(booted: Pick<BootedOffice, 'prepared' | 'elapsedMs' | 'file'>): string | null {
  const seconds = (booted.elapsedMs / 1000).toLocaleString('es-CO', { maximumFractionDigits: 1 });
  if (booted.prepared === 'demo') {
    const first = DEMO_USERS[0];
    const example = first ? `, p. ej. ${first.username} / ${first.password}` : '';
    return `Se creó la oficina de demostración en ${booted.file} (${seconds} s). Usuarios de prueba en el README${example}.`;
  }
  if (booted.prepared === 'empty') {
    return `Se creó una oficina vacía en ${booted.file} (${seconds} s). Usuario inicial: ${FIRST_ADMIN.username}, contraseña ${FIRST_ADMIN.password} (se pide cambiarla al entrar).`;
  }
  return null;
}
