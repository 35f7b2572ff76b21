import { BrowserWindow } from 'electron';
import { APP_START_URL } from '../transports/app-origin';
import { secureWebPreferences } from './security';

/** Chromium's ERR_ABORTED: a navigation replaced by another one, not a failure. */
const ERR_ABORTED = -3;

/**
 * The window stays hidden until its page is painted, so a page that cannot load would leave a
 * process with nothing on screen: that failure is said, in Spanish, and ends the app.
 */
export function loadFailureMessage(errorCode: number, description: string, isMainFrame: boolean): string | null {
  if (!isMainFrame || errorCode === ERR_ABORTED) return null;
  return (
    `No se pudo abrir la pantalla de Ventanilla (${description || 'sin detalle'}, código ${errorCode}).\n\n` +
    'Vuelva a abrir el programa; si se repite, reinstálelo o avise a soporte.'
  );
}

export interface MainWindowOptions {
  preload: string;
  devTools: boolean;
  /** The page could not load: main.ts tells the office and quits. */
  onLoadFailed: (message: string) => void;
}

/** The one window of the app: the counter screen. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Ventanilla',
    width: 1366,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown once painted, so the counter never sees a white flash or a half-drawn form.
    show: false,
    backgroundColor: '#f5f7fa',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options),
  });
  window.once('ready-to-show', () => {
    window.maximize();
    window.show();
  });
  window.webContents.on('did-fail-load', (_event, errorCode, description, _url, isMainFrame) => {
    const message = loadFailureMessage(errorCode, description, isMainFrame);
    if (message) options.onLoadFailed(message);
  });
  // A failed load also rejects this promise; did-fail-load above reports it.
  window.loadURL(APP_START_URL).catch(() => undefined);
  return window;
}
