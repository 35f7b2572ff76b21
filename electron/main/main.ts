import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, powerMonitor, protocol, session } from 'electron';
// The documents' print stylesheet, built into this bundle: the packaged app has no sources to read.
import documentsCss from '../../renderer/src/documents/documents.css?raw';
import { withBackups } from '../backups/backup-invoker';
import type { BackupService } from '../backups/backup-service';
import { officeHandle } from '../backups/office-handle';
import { startBackups } from '../backups/start';
import { type BootedOffice, DATABASE_FILE_NAME, bootOffice, preparedMessage } from '../boot';
import { systemClock } from '../core/clock';
import { OfficeEnvError, type OfficeEnvOptions, officeOptionsFromEnv } from '../office-env';
import { archiveFolderFor } from '../printing/archive';
import type { PrintEngine } from '../printing/engine';
import { createExportService } from '../exports/export-service';
import { type Invoke, createInvoker } from '../printing/invoker';
import { createPrintService } from '../printing/print-service';
import type { EventName } from '../shared/bridge';
import { APP_SCHEME } from '../transports/app-origin';
import { registerIpc, trustOurWindow } from '../transports/ipc';
import { APP_SCHEME_DEFINITION, respondToAppRequest } from './app-protocol';
import { appPaths, nativeBindingFor } from './paths';
import { createElectronEngine } from './printer';
import { watchScreenLock } from './screen-lock';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

/**
 * The desktop shell: one window, core in this process, renderer on app:// talking over IPC.
 * Everything that can be decided without Electron lives in pure modules next to this one.
 */

const APP_NAME = 'Ventanilla';
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
let office: BootedOffice | null = null;
let printEngine: PrintEngine | null = null;
let stopWatchingLock: (() => void) | null = null;
let backups: BackupService | null = null;

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

function openOffice(options: OfficeEnvOptions, archiveDir: string): BootedOffice | null {
  try {
    return bootOffice({
      file: options.file,
      demo: options.demo,
      demoSubscribers: options.demoSubscribers,
      demoLogo: paths.demoLogo,
      migrationsFolder: paths.migrationsFolder,
      nativeBinding: nativeBindingFor(app.isPackaged, process.env),
      archiveDir,
      log,
    });
  } catch (error) {
    log('no se pudo abrir la base de datos', error);
    const detail = error instanceof Error ? error.message : String(error);
    fatal(`No se pudo abrir la base de datos de la oficina (${options.file}).\n\n${detail}`, 1);
    return null;
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

/**
 * Calls from the window: dispatch, print.* through the print service (a hidden window of its own
 * session renders, prints and the PDF is archived), exports.file through the export service and
 * backups.* through the backup service.
 */
function invokerFor(booted: BootedOffice, archiveDir: string): Invoke {
  const printSession = session.fromPartition('ventanilla-impresion');
  hardenSession(printSession);
  printEngine = createElectronEngine({ BrowserWindow, session: printSession, tempDir: app.getPath('temp') });
  // A restored backup replaces the database file: the app starts again on it.
  const office = officeHandle(booted.file, booted.core, () => {
    app.relaunch();
    app.exit(0);
    return null;
  });
  backups = startBackups({
    office,
    clock: systemClock,
    archiveDir,
    migrationsFolder: paths.migrationsFolder,
    nativeBinding: nativeBindingFor(app.isPackaged, process.env),
    log,
  });
  const { dispatch } = office;
  const service = createPrintService({
    dispatch,
    engine: printEngine,
    archiveDir,
    css: documentsCss,
    clock: systemClock,
    log,
  });
  return withBackups(createInvoker(dispatch, service, createExportService({ dispatch, clock: systemClock })), backups);
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
  office = openOffice(options, archiveDir);
  if (!office) return;
  const created = preparedMessage(office);
  if (created) console.log(created);
  // An installed app has no console: the office learns its first user and password here.
  if (created && app.isPackaged) void dialog.showMessageBox({ type: 'info', title: APP_NAME, message: created });

  const invoke = invokerFor(office, archiveDir);

  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(paths.rendererDir, request));
  registerIpc(
    ipcMain,
    invoke,
    trustOurWindow(() => mainWindow?.webContents ?? null),
  );

  // A counter computer left locked or asleep must not reopen on someone's open session.
  stopWatchingLock = watchScreenLock(powerMonitor, process.platform, () => sendEvent('app:lock'));

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
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopWatchingLock?.();
    stopWatchingLock = null;
    void printEngine?.close();
    printEngine = null;
    void backups?.stop();
    office?.core.close();
    office = null;
  });
  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      log('no se pudo iniciar', error);
      fatal(`Ocurrió un error inesperado al iniciar.\n\n${error instanceof Error ? error.message : String(error)}`, 1);
    });
}
