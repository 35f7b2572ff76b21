import { BrowserWindow } from 'electron';
import { APP_START_URL } from '../transports/app-origin';
import { secureWebPreferences } from './security';

/** The one window of the app: the counter screen. */
export function createMainWindow(options: { preload: string; devTools: boolean }): BrowserWindow {
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
  void window.loadURL(APP_START_URL);
  return window;
}
