import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, powerMonitor, protocol, session } from 'electron';
// The documents' print stylesheet, built into this bundle: the packaged app has no sources to read.
import documentsCss from '../../renderer/src/documents/documents.css?raw';
import { DATABASE_FILE_NAME } from '../boot';
import { type Runtime } from '../office/runtime';
import { OfficeEnvError, type OfficeEnvOptions, officeOptionsFromEnv } from '../office-env';
import { archiveFolderFor } from '../printing/archive';
import type { PrintEngine } from '../printing/engine';
import type { EventName } from '../shared/bridge';
import { APP_SCHEME } from '../transports/app-origin';
import { registerIpc, trustOurWindow } from '../transports/ipc';
import { APP_SCHEME_DEFINITION, respondToAppRequest } from './app-protocol';
import { appPaths } from './paths';
import { createElectronEngine } from './printer';
import { StartRefused, startStation } from './station';
import { watchScreenLock } from './screen-lock';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

/**
 * The desktop shell: one window, core in this process, renderer on app:// talking over IPC.
 * Everything that can be decided without Electron lives in pure modules next to this one.
 */

const APP_NAME = 'Ventanilla';
/** `ventanilla --server --headless`: the office server as a service, without a window. */
const HEADLESS_FLAG = '--headless';
// The same folder browser mode uses (electron/boot.ts userDataFolder), whatever package.json says.
app.setName(APP_NAME);
app.setPath('userData', path.join(app.getPath('appData'), APP_NAME));

// Must happen before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
app.enableSandbox();
// Colombian Spanish for Chromium itself: date inputs read dd/mm/aaaa, number inputs use its separators.
app.commandLine.appendSwitch('lang', 'es-CO');

const paths = appPaths({
  mainDir: import.meta.dirname,
  appPath: app.getAppPath(),
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
});

let mainWindow: BrowserWindow | null = null;
let runtime: Runtime | null = null;
let printEngine: PrintEngine | null = null;
let stopWatchingLock: (() => void) | null = null;

function log(message: string, error: unknown): void {
  console.error(`[ventanilla] ${message}`, error);
}

/** Expected failures end with a dialog the office can read, not a stack trace. */
function fatal(message: string, exitCode: number): void {
  dialog.showErrorBox('Ventanilla no puede iniciar', message);
  app.exit(exitCode);
}

function sendEvent(event: EventName): void {
  mainWindow?.webContents.send(event);
}

function readOptions(): OfficeEnvOptions | null {
  try {
    return officeOptionsFromEnv(
      process.env,
      () => {
        const folder = app.getPath('userData');
        mkdirSync(folder, { recursive: true });
        return path.join(folder, DATABASE_FILE_NAME);
      },
      { packaged: app.isPackaged, argv: process.argv },
    );
  } catch (error) {
    if (error instanceof OfficeEnvError) {
      fatal(error.message, 2);
      return null;
    }
    throw error;
  }
}

/** The archive of printed PDFs and field photos; null (after telling the office) when it is wrong. */
function archiveFolder(databaseFile: string): string | null {
  try {
    return archiveFolderFor(process.env, databaseFile);
  } catch (error) {
    if (!(error instanceof OfficeEnvError)) throw error;
    fatal(error.message, 2);
    return null;
  }
}

function showWindow(): void {
  mainWindow = createMainWindow({
    preload: paths.preload,
    devTools: !app.isPackaged,
    onLoadFailed: (message) => fatal(message, 1),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    // The hidden print window must not keep the app alive once the counter window is gone.
    void printEngine?.close();
  });
}

async function ready(): Promise<void> {
  hardenSession(session.defaultSession);
  // Packaged: no menu (no reload, no devtools at the counter); macOS still needs Edit for copy/paste.
  if (app.isPackaged) {
    Menu.setApplicationMenu(
      process.platform === 'darwin' ? Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }]) : null,
    );
  }

  if (!existsSync(path.join(paths.rendererDir, 'index.html'))) {
    fatal(`Falta compilar la interfaz (${paths.rendererDir}). Ejecute npm run build o npm start.`, 2);
    return;
  }
  const options = readOptions();
  if (!options) return;
  const archiveDir = archiveFolder(options.file);
  if (!archiveDir) return;
  const printSession = session.fromPartition('ventanilla-impresion');
  hardenSession(printSession);
  printEngine = createElectronEngine({ BrowserWindow, session: printSession, tempDir: app.getPath('temp') });
  try {
    runtime = await startStation({ app, dialog, paths, documentsCss, appName: APP_NAME, log }, options, archiveDir, printEngine);
  } catch (error) {
    if (!(error instanceof StartRefused)) throw error;
    fatal(error.message, 2);
    return;
  }
  const invoke = runtime.invoke;

  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(paths.rendererDir, request));
  registerIpc(
    ipcMain,
    invoke,
    trustOurWindow(() => mainWindow?.webContents ?? null),
  );

  // A counter computer left locked or asleep must not reopen on someone's open session.
  stopWatchingLock = watchScreenLock(powerMonitor, process.platform, () => sendEvent('app:lock'));

  // The office server run as a service: no window (its admin uses the window of any puesto, or browser mode).
  if (process.argv.includes(HEADLESS_FLAG)) {
    console.log('Servidor de la oficina sin ventana:', JSON.stringify(runtime.info().officeServer));
    return;
  }
  showWindow();
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database and a second window: show the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // One window is the whole app, on macOS too: closing it quits, so the database is closed.
  // A headless office server has no window and keeps running until it is stopped.
  app.on('window-all-closed', () => {
    if (!process.argv.includes(HEADLESS_FLAG)) app.quit();
  });
  app.on('will-quit', () => {
    stopWatchingLock?.();
    stopWatchingLock = null;
    void printEngine?.close();
    printEngine = null;
    void runtime?.close();
    runtime = null;
  });
  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      log('no se pudo iniciar', error);
      fatal(`Ocurrió un error inesperado al iniciar.\n\n${error instanceof Error ? error.message : String(error)}`, 1);
    });
}
