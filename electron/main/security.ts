import type { HandlerDetails, Session, WebPreferences, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from '../transports/app-origin';

/**
 * The desktop window's security, as plain data and functions (only electron *types* are
 * imported) so security.test.ts can check every setting without an Electron binary. The
 * renderer is treated as untrusted: it gets no Node, no navigation away from app://, no new
 * windows, no webviews and no permissions; it can only call `window.ventanilla`.
 */

export interface WindowSecurityOptions {
  /** Absolute path of out/preload/preload.cjs. */
  preload: string;
  /** Developer tools only outside the packaged app. */
  devTools: boolean;
}

export function secureWebPreferences(options: WindowSecurityOptions): WebPreferences {
  return {
    preload: options.preload,
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
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}

/** The part of an Electron event these guards use. */
export interface Preventable {
  preventDefault(): void;
}
export interface NavigationEvent extends Preventable {
  url: string;
}

/** will-navigate / will-redirect: the page may only move within app://ventanilla. */
export function guardNavigation(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** will-attach-webview: never. */
export function denyWebview(event: Preventable): void {
  event.preventDefault();
}

/** window.open and target=_blank: never; printing uses its own hidden window from main. */
export function denyWindowOpen(_details: HandlerDetails): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** Camera, notifications, geolocation, clipboard reads, fullscreen…: a counter app needs none. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * What hardenWebContents needs from a webContents; Electron's WebContents satisfies it, and a
 * test can pass a recorder.
 */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/** Applied from app 'web-contents-created', so it covers every webContents, not just ours. */
export function hardenWebContents(contents: GuardableContents): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', denyWebview);
  contents.setWindowOpenHandler(denyWindowOpen);
}

export type GuardableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function hardenSession(session: GuardableSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
}
