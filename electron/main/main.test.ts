import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../shared/bridge';
import type * as PathsModule from './paths';
import { secureWebPreferences } from './security';

/**
 * main.ts wired against a stand-in for the electron module: what the shell registers, in which
 * order, and that it opens a real office database. The Electron binary is not needed.
 */

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  const powerListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const sent: string[] = [];
  const webContents = { send: (channel: string) => sent.push(channel) };
  let windowCreated: () => void = () => {};
  return {
    calls,
    appListeners,
    powerListeners,
    ipcHandlers,
    sent,
    webContents,
    rendererDir: '',
    schemes: [] as CustomScheme[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    windowOptions: null as BrowserWindowConstructorOptions | null,
    windowReady: new Promise<void>((resolve) => {
      windowCreated = resolve;
    }),
    created: () => windowCreated(),
    errors: [] as string[],
    appPath: '',
    userData: '',
  };
});

vi.mock('./paths', async (original) => {
  const actual = await original<typeof PathsModule>();
  return {
    ...actual,
    appPaths: (facts: PathsModule.AppPathFacts) => ({ ...actual.appPaths(facts), rendererDir: fake.rendererDir }),
  };
});

vi.mock('electron', () => {
  return {
    app: {
      isPackaged: false,
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
      defaultSession: {
        setPermissionRequestHandler: () => fake.calls.push('permissionRequest'),
        setPermissionCheckHandler: () => fake.calls.push('permissionCheck'),
        setDevicePermissionHandler: () => fake.calls.push('devicePermission'),
      },
      fromPartition: (partition: string) => ({
        setPermissionRequestHandler: () => fake.calls.push(`permissionRequest:${partition}`),
        setPermissionCheckHandler: () => fake.calls.push(`permissionCheck:${partition}`),
        setDevicePermissionHandler: () => fake.calls.push(`devicePermission:${partition}`),
      }),
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
    },
    powerMonitor: { on: (event: string, listener: Listener) => fake.powerListeners.set(event, listener) },
    // A fatal dialog ends start-up too: the test then fails on fake.errors instead of hanging.
    dialog: {
      showErrorBox: (_title: string, message: string) => {
        fake.errors.push(message);
        fake.created();
      },
    },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: () => ({}) },
    BrowserWindow: class {
      readonly webContents = fake.webContents;
      constructor(options: BrowserWindowConstructorOptions) {
        fake.windowOptions = options;
        fake.created();
      }
      once(): void {}
      on(): void {}
      loadURL(): Promise<void> {
        return Promise.resolve();
      }
    },
  };
});

let folder: string;
const saved = { ...process.env };

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-main-'));
  fake.appPath = path.resolve(import.meta.dirname, '..', '..');
  fake.userData = path.join(folder, 'Ventanilla');
  fake.rendererDir = path.join(folder, 'renderer');
  mkdirSync(fake.rendererDir);
  writeFileSync(
    path.join(fake.rendererDir, 'index.html'),
    '<meta name="ventanilla-nonce" content="__VENTANILLA_NONCE__"><meta name="ventanilla-token" content="__VENTANILLA_TOKEN__">',
  );
  process.env.VENTANILLA_DB = path.join(folder, 'oficina.db');
  process.env.VENTANILLA_DEMO = '0';
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  await import('./main');
  await fake.windowReady;
});

afterAll(() => {
  fake.appListeners.get('will-quit')?.();
  process.env = saved;
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

describe('the Electron main process', () => {
  it('registers the privileged app:// scheme and the sandbox before the app is ready', () => {
    expect(fake.calls.indexOf('registerSchemes')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.calls.indexOf('enableSandbox')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.calls).toContain('setName:Ventanilla');
    expect(fake.calls.indexOf('switch:lang=es-CO')).toBeGreaterThan(-1);
    expect(fake.calls.indexOf('switch:lang=es-CO')).toBeLessThan(fake.calls.indexOf('whenReady'));
  });

  it('denies permissions on the session and hardens every webContents created', () => {
    expect(fake.calls).toEqual(expect.arrayContaining(['permissionRequest', 'permissionCheck', 'devicePermission']));
    // The hidden print window's own session too.
    expect(fake.calls).toEqual(
      expect.arrayContaining(['permissionRequest:ventanilla-impresion', 'permissionCheck:ventanilla-impresion']),
    );
    const onCreated = fake.appListeners.get('web-contents-created');
    const registered: string[] = [];
    onCreated?.(
      {},
      { on: (event: string) => registered.push(event), setWindowOpenHandler: () => registered.push('window-open') },
    );
    expect(registered).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'window-open']));
  });

  it('opens the office database and answers IPC calls from our window only', async () => {
    expect(fake.errors).toEqual([]);
    const handler = fake.ipcHandlers.get(INVOKE_CHANNEL);
    expect(handler).toBeDefined();
    const login = { name: 'auth.login', input: { username: 'admin', password: 'Ventanilla2026' }, session: null };
    const frame = { url: 'app://ventanilla/', parent: null };
    const stranger = { sender: {}, senderFrame: frame };
    expect(await handler?.(stranger, login)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const iframe = { sender: fake.webContents, senderFrame: { ...frame, parent: frame } };
    expect(await handler?.(iframe, login)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The empty office's first administrator, from the database main.ts just created.
    const ours = { sender: fake.webContents, senderFrame: frame };
    expect(await handler?.(ours, login)).toMatchObject({
      ok: true,
      data: { user: { username: 'admin' }, mustChangePassword: true },
    });
  });

  it('sends print.* to the print service, which asks for a session first', async () => {
    const handler = fake.ipcHandlers.get(INVOKE_CHANNEL);
    const ours = { sender: fake.webContents, senderFrame: { url: 'app://ventanilla/', parent: null } };
    expect(await handler?.(ours, { name: 'print.printers', input: {}, session: null })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_REQUIRED' },
    });
    expect(await handler?.(ours, { name: 'print.otra', input: {}, session: null })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PROCEDURE' },
    });
  });

  it('creates the window with the secure preferences and serves the renderer over app://', async () => {
    expect(fake.windowOptions?.webPreferences).toEqual(
      secureWebPreferences({ preload: path.join(import.meta.dirname, '..', 'preload', 'preload.cjs'), devTools: true }),
    );
    const serve = fake.protocolHandlers.get('app');
    expect(serve).toBeDefined();
    const page = await serve?.(new Request('app://ventanilla/'));
    expect(page?.status).toBe(200);
    const html = (await page?.text()) ?? '';
    const nonce = /content="([^"]+)"/.exec(html)?.[1] ?? 'sin-nonce';
    expect(page?.headers.get('content-security-policy')).toContain(`'nonce-${nonce}'`);
    expect(html).toContain('name="ventanilla-token" content=""');
    expect((await serve?.(new Request('app://ventanilla/..%2fpackage.json')))?.status).toBe(403);
    expect((await serve?.(new Request('app://otro/')))?.status).toBe(404);
  });

  it('locks the session when the computer is locked or suspended', () => {
    fake.powerListeners.get('lock-screen')?.();
    fake.powerListeners.get('suspend')?.();
    expect(fake.sent).toEqual(['app:lock', 'app:lock']);
  });

  it('quits when its window is closed and keeps a single instance', () => {
    fake.appListeners.get('window-all-closed')?.();
    expect(fake.calls).toContain('quit');
    expect(fake.appListeners.has('second-instance')).toBe(true);
  });
});
