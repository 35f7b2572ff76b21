import path from 'node:path';

/**
 * Where the desktop app finds its parts. main.cjs lives in out/main, both in the repository
 * (development) and inside the packaged app.asar, so out/renderer, out/preload and what the
 * build copies into out/main sit next to it. Migrations are SQL files read at start-up: in
 * development they are the repository's db/migrations; packaged, electron-builder copies them
 * to resources/migrations (extraResources), outside the asar.
 */
export interface AppPathFacts {
  /** The folder of main.cjs. */
  mainDir: string;
  /** app.getAppPath(): the repository in development, app.asar when packaged. */
  appPath: string;
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
}

export interface AppPaths {
  rendererDir: string;
  preload: string;
  migrationsFolder: string;
  /** The demo company's logo, which the build copies next to main.cjs (electron/vite.config.ts). */
  demoLogo: string;
}

/** The demo logo's name in out/main. */
export const DEMO_LOGO_FILE = 'demo-logo.png';

export function appPaths(facts: AppPathFacts): AppPaths {
  return {
    rendererDir: path.join(facts.mainDir, '..', 'renderer'),
    preload: path.join(facts.mainDir, '..', 'preload', 'preload.cjs'),
    demoLogo: path.join(facts.mainDir, DEMO_LOGO_FILE),
    migrationsFolder: facts.isPackaged
      ? path.join(facts.resourcesPath, 'migrations')
      : path.join(facts.appPath, 'db', 'migrations'),
  };
}

/**
 * In development Electron cannot load node_modules/better-sqlite3 (built for Node's ABI, which
 * tests use); scripts/start.mjs prepares an Electron-ABI copy and passes it here. Packaged apps
 * are rebuilt by electron-builder and use the normal module.
 */
export const NATIVE_BINDING_ENV = 'VENTANILLA_NATIVE_BINDING';

export function nativeBindingFor(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (isPackaged) return undefined;
  const file = env[NATIVE_BINDING_ENV]?.trim();
  return file ? file : undefined;
}
