import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../shared/bridge';
import { endMain, fake, startMain } from './electron.test-support';
import { LOCK_POLL_MS } from './screen-lock';
import { secureWebPreferences } from './security';

/**
 * main.ts wired against a stand-in for the electron module: what the shell registers, in which
 * order, and that it opens a real office database. The Electron binary is not needed.
 */

vi.mock('electron', async () => (await import('./electron.test-support')).electronModule);
vi.mock('./paths', async (original) => (await import('./electron.test-support')).pathsModule(await original()));

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  // Linux's screen-lock polling runs on these.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  await startMain({ VENTANILLA_DEMO: '0' });
});

afterAll(() => {
  endMain();
  vi.useRealTimers();
  vi.restoreAllMocks();
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
    fake.sent.length = 0;
    fake.powerListeners.get('lock-screen')?.();
    fake.powerListeners.get('suspend')?.();
    expect(fake.sent).toEqual(['app:lock', 'app:lock']);
  });

  it.runIf(process.platform === 'linux')('on Linux, locks the session when the idle state says the screen is locked', () => {
    fake.sent.length = 0;
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(fake.sent).toEqual([]);
    fake.idleState = 'locked';
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(fake.sent).toEqual(['app:lock']);
  });

  it('says so in Spanish and quits when its page cannot load, instead of staying invisible', () => {
    const failed = fake.contentsListeners.get('did-fail-load');
    expect(failed).toBeDefined();
    // A subframe, or a navigation replaced by another: not the app's page failing.
    failed?.({}, -6, 'ERR_FILE_NOT_FOUND', 'app://ventanilla/x', false);
    failed?.({}, -3, 'ERR_ABORTED', 'app://ventanilla/', true);
    expect(fake.errors).toEqual([]);
    failed?.({}, -6, 'ERR_FILE_NOT_FOUND', 'app://ventanilla/', true);
    expect(fake.errors).toEqual([
      'No se pudo abrir la pantalla de Ventanilla (ERR_FILE_NOT_FOUND, código -6).\n\n' +
        'Vuelva a abrir el programa; si se repite, reinstálelo o avise a soporte.',
    ]);
    expect(fake.calls.at(-1)).toBe('exit:1');
  });

  it('quits when its window is closed and keeps a single instance', () => {
    fake.appListeners.get('window-all-closed')?.();
    expect(fake.calls).toContain('quit');
    expect(fake.appListeners.has('second-instance')).toBe(true);
  });
});
