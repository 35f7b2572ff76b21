import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import type * as PathsModule from './paths';

/**
 * A stand-in for the `electron` module, enough for main.ts to start: it records what the shell
 * registers and lets a test fire Electron's events. One instance per test file (Vitest isolates
 * modules per file); a test file mocks `electron` with `electronModule` and reads `fake`:
 *
 *   vi.mock('electron', async () => (await import('./electron.test-support')).electronModule);
 *   vi.mock('./paths', async (original) => (await import('./electron.test-support')).pathsModule(await original()));
 */

type Listener = (...args: unknown[]) => unknown;
type IdleState = 'active' | 'idle' | 'locked' | 'unknown';

let windowCreated: () => void = () => {};

const webContents = {
  send: (channel: string) => fake.sent.push(channel),
  on: (event: string, listener: Listener) => fake.contentsListeners.set(event, listener),
};

export const fake = {
  isPackaged: false,
  calls: [] as string[],
  appListeners: new Map<string, Listener>(),
  powerListeners: new Map<string, Listener>(),
  /** What powerMonitor.getSystemIdleState answers. */
  idleState: 'active' as IdleState,
  ipcHandlers: new Map<string, Listener>(),
  /** The window's webContents: the IPC sender main.ts trusts. */
  webContents,
  /** Events sent to the window's renderer. */
  sent: [] as string[],
  /** The window's webContents listeners (did-fail-load, …). */
  contentsListeners: new Map<string, Listener>(),
  rendererDir: '',
  appPath: '',
  userData: '',
  schemes: [] as CustomScheme[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  windowOptions: null as BrowserWindowConstructorOptions | null,
  /** Resolves once the window exists, or a fatal dialog ended start-up. */
  windowReady: new Promise<void>((resolve) => {
    windowCreated = resolve;
  }),
  /** Fatal dialogs (showErrorBox). */
  errors: [] as string[],
  /** Information dialogs (showMessageBox). */
  messages: [] as string[],
};

const hardenable = (suffix: string) => ({
  setPermissionRequestHandler: () => fake.calls.push(`permissionRequest${suffix}`),
  setPermissionCheckHandler: () => fake.calls.push(`permissionCheck${suffix}`),
  setDevicePermissionHandler: () => fake.calls.push(`devicePermission${suffix}`),
});

export const electronModule = {
  app: {
    get isPackaged() {
      return fake.isPackaged;
    },
    setName: (name: string) => fake.calls.push(`setName:${name}`),
    setPath: (name: string) => fake.calls.push(`setPath:${name}`),
    getPath: (name: string) => (name === 'userData' ? fake.userData : path.dirname(fake.userData)),
    getAppPath: () => fake.appPath,
    enableSandbox: () => fake.calls.push('enableSandbox'),
    commandLine: { appendSwitch: (name: string, value: string) => fake.calls.push(`switch:${name}=${value}`) },
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: Listener) => fake.appListeners.set(event, listener),
    whenReady: () => {
      fake.calls.push('whenReady');
      return Promise.resolve();
    },
    quit: () => fake.calls.push('quit'),
    exit: (code: number) => fake.calls.push(`exit:${code}`),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: CustomScheme[]) => {
      fake.calls.push('registerSchemes');
      fake.schemes.push(...schemes);
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
  },
  session: {
    defaultSession: hardenable(''),
    fromPartition: (partition: string) => hardenable(`:${partition}`),
  },
  ipcMain: {
    handle: (channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
  },
  powerMonitor: {
    on: (event: string, listener: Listener) => fake.powerListeners.set(event, listener),
    getSystemIdleState: (threshold: number) => {
      fake.calls.push(`idleState:${threshold}`);
      return fake.idleState;
    },
  },
  dialog: {
    // A fatal dialog ends start-up too: the test then fails on fake.errors instead of hanging.
    showErrorBox: (_title: string, message: string) => {
      fake.errors.push(message);
      windowCreated();
    },
    showMessageBox: (options: { message: string }) => {
      fake.messages.push(options.message);
      return Promise.resolve({ response: 0, checkboxChecked: false });
    },
  },
  Menu: { setApplicationMenu: () => undefined, buildFromTemplate: () => ({}) },
  BrowserWindow: class {
    readonly webContents = webContents;
    constructor(options: BrowserWindowConstructorOptions) {
      fake.windowOptions = options;
      windowCreated();
    }
    once(): void {}
    on(): void {}
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
  },
};

/**
 * paths.ts with the renderer in the test's folder, and the repository's migrations also when
 * "packaged" (there is no process.resourcesPath outside Electron).
 */
export function pathsModule(actual: typeof PathsModule): typeof PathsModule {
  return {
    ...actual,
    appPaths: (facts) => ({
      ...actual.appPaths({ ...facts, resourcesPath: facts.resourcesPath ?? '' }),
      rendererDir: fake.rendererDir,
      migrationsFolder: path.join(fake.appPath, 'db', 'migrations'),
    }),
  };
}

const savedEnv = { ...process.env };
let folder = '';

/**
 * Starts main.ts against the stand-in, in a temporary user-data folder with a built-looking
 * renderer, with these environment variables; resolves once its window exists.
 */
export async function startMain(env: Record<string, string>): Promise<string> {
  folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-main-'));
  fake.appPath = path.resolve(import.meta.dirname, '..', '..');
  fake.userData = path.join(folder, 'Ventanilla');
  fake.rendererDir = path.join(folder, 'renderer');
  mkdirSync(fake.rendererDir);
  writeFileSync(
    path.join(fake.rendererDir, 'index.html'),
    '<meta name="ventanilla-nonce" content="__VENTANILLA_NONCE__"><meta name="ventanilla-token" content="__VENTANILLA_TOKEN__">',
  );
  delete process.env.VENTANILLA_DEMO;
  Object.assign(process.env, { VENTANILLA_DB: path.join(folder, 'oficina.db') }, env);
  await import('./main');
  await fake.windowReady;
  return folder;
}

/** Quits the app as Electron would (will-quit) and removes its folder. */
export function endMain(): void {
  fake.appListeners.get('will-quit')?.();
  process.env = { ...savedEnv };
  rmSync(folder, { recursive: true, force: true });
}
