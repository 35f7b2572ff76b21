import type { BrowserWindowConstructorOptions, HandlerDetails } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  type GuardableContents,
  type NavigationEvent,
  denyWindowOpen,
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
} from './security';

const windowOptions = vi.hoisted(() => ({ last: null as BrowserWindowConstructorOptions | null, loaded: [] as string[] }));

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly webContents = { on: () => undefined };
    constructor(options: BrowserWindowConstructorOptions) {
      windowOptions.last = options;
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      windowOptions.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

describe('web preferences of the window', () => {
  it('isolates the renderer: no Node, sandboxed, web security on, no webviews', () => {
    const prefs = secureWebPreferences({ preload: '/app/out/preload/preload.cjs', devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('is what the main window is really created with, loading app://ventanilla', async () => {
    const { createMainWindow } = await import('./window');
    createMainWindow({ preload: '/p/preload.cjs', devTools: true, onLoadFailed: () => undefined });
    expect(windowOptions.last?.webPreferences).toEqual(secureWebPreferences({ preload: '/p/preload.cjs', devTools: true }));
    expect(windowOptions.last?.show).toBe(false);
    expect(windowOptions.loaded).toEqual(['app://ventanilla/']);
  });
});

/** Records what hardenWebContents registers, as Electron would call it. */
function recorder() {
  const listeners = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: ((details: HandlerDetails) => { action: string }) | null = null;
  const contents: GuardableContents = {
    on: (event: string, listener: (event: NavigationEvent) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, listeners, fire, open: (url: string) => openHandler?.({ url } as HandlerDetails) };
}

describe('every webContents is hardened', () => {
  it('may only navigate or be redirected within app://ventanilla', () => {
    const r = recorder();
    hardenWebContents(r.contents);
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(r.fire(name, 'https://evil.example/'), name).toBe(true);
      expect(r.fire(name, 'file:///etc/passwd'), name).toBe(true);
      expect(r.fire(name, 'http://127.0.0.1:5180/'), name).toBe(true);
      expect(r.fire(name, 'app://ventanilla/recaudo'), name).toBe(false);
    }
  });

  it('never attaches a webview nor opens a window', () => {
    const r = recorder();
    hardenWebContents(r.contents);
    expect(r.listeners.has('will-attach-webview')).toBe(true);
    expect(r.fire('will-attach-webview', 'https://evil.example/')).toBe(true);
    expect(r.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(r.open('app://ventanilla/')).toEqual({ action: 'deny' });
    expect(denyWindowOpen({ url: 'x' } as HandlerDetails)).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    hardenSession(session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
  });
});
