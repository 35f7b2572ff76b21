import { hostname } from 'node:os';
import type { App, Dialog } from 'electron';
import { withBackups } from '../backups/backup-invoker';
import { officeHandle } from '../backups/office-handle';
import { startBackups } from '../backups/start';
import { type BootedOffice, bootOffice, preparedMessage } from '../boot';
import { systemClock } from '../core/clock';
import type { Dispatch } from '../core/dispatch';
import { createExportService } from '../exports/export-service';
import { OfficeEnvError, type OfficeEnvOptions } from '../office-env';
import { OwnerLockError, claimOffice } from '../office/owner-lock';
import { officeUntouched } from '../core/users/users.service';
import { createPuestoChannel } from '../office/puesto-channel';
import { stationNetwork } from '../office/station-network';
import { type LocalOffice, type Runtime, startRuntime } from '../office/runtime';
import { serverEnv, stationToRun } from '../office/server-env';
import { type StationConfig, StationFileError, readStation, stationFileFor } from '../office/station';
import type { PrintEngine } from '../printing/engine';
import { createInvoker } from '../printing/invoker';
import { createPrintService } from '../printing/print-service';
import { nativeBindingFor } from './paths';

/**
 * The desktop app's station: this computer's own office (equipo único or office server) or a
 * puesto of the office server. Electron's pieces come in `shell`, so this file has no state.
 */

export interface Shell {
  app: Pick<App, 'isPackaged' | 'relaunch' | 'exit'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  paths: { demoLogo?: string; migrationsFolder: string };
  documentsCss: string;
  appName: string;
  log: (message: string, error: unknown) => void;
}

/** A start that cannot go on: the office reads why in a dialog (the lock of another Ventanilla, a bad setting). */
export class StartRefused extends Error {}

/**
 * This computer's own office database (equipo único or office server): one owner, the print
 * service (a hidden window of its own session renders, prints and the PDF is archived), the export
 * and backup services, and the office server's answers to puestos.
 */
function openLocalOffice(shell: Shell, options: OfficeEnvOptions, archiveDir: string, engine: PrintEngine): LocalOffice {
  const { app, dialog, paths, log, documentsCss } = shell;
  const nativeBinding = nativeBindingFor(app.isPackaged, process.env);
  let lock;
  try {
    lock = claimOffice(options.file, nativeBinding);
  } catch (error) {
    if (error instanceof OwnerLockError) throw new StartRefused(error.message);
    throw error;
  }
  let booted: BootedOffice;
  try {
    booted = bootOffice({
      file: options.file,
      demo: options.demo,
      demoSubscribers: options.demoSubscribers,
      demoLogo: paths.demoLogo,
      migrationsFolder: paths.migrationsFolder,
      nativeBinding,
      archiveDir,
      log,
    });
  } catch (error) {
    lock.release();
    log('no se pudo abrir la base de datos', error);
    const detail = error instanceof Error ? error.message : String(error);
    throw new StartRefused(`No se pudo abrir la base de datos de la oficina (${options.file}).\n\n${detail}`);
  }
  const created = preparedMessage(booted);
  if (created) console.log(created);
  // An installed app has no console: the office learns its first user and password here.
  if (created && app.isPackaged) void dialog.showMessageBox({ type: 'info', title: shell.appName, message: created });
  // A restored backup replaces the database file: the app starts again on it.
  const office = officeHandle(booted.file, booted.core, () => {
    app.relaunch();
    app.exit(0);
    return null;
  });
  const backups = startBackups({
    office,
    clock: systemClock,
    archiveDir,
    migrationsFolder: paths.migrationsFolder,
    nativeBinding,
    log,
  });
  const { dispatch } = office;
  const printService = (as: Dispatch) =>
    createPrintService({ dispatch: as, engine, archiveDir, css: documentsCss, clock: systemClock, log });
  const exportService = (as: Dispatch) => createExportService({ dispatch: as, clock: systemClock });
  return {
    dispatch,
    invoke: withBackups(createInvoker(dispatch, printService(dispatch), exportService(dispatch)), backups),
    puestoInvoke: createPuestoChannel({
      dispatch,
      printService,
      exportService,
      backupStatus: (session, workstation) => backups.handle(session, 'backups.status', {}, workstation),
    }),
    workstation: hostname(),
    untouched: () => officeUntouched(office.core().sqlite),
    close: async () => {
      await backups.stop();
      office.close();
      lock.release();
    },
  };
}

/** Equipo único, office server or puesto, as this computer's station file (or --server) says. */
export async function startStation(
  shell: Shell,
  options: OfficeEnvOptions,
  archiveDir: string,
  engine: PrintEngine,
): Promise<Runtime> {
  const { log } = shell;
  const stationFile = stationFileFor(options.file);
  let network: ReturnType<typeof serverEnv>;
  let station: StationConfig;
  try {
    network = serverEnv(process.env, process.argv);
    station = stationToRun(readStation(stationFile), network);
  } catch (error) {
    if (error instanceof OfficeEnvError || error instanceof StationFileError) throw new StartRefused(error.message);
    throw error;
  }
  return startRuntime({
    stationFile,
    station,
    openOffice: () => openLocalOffice(shell, options, archiveDir, engine),
    ...stationNetwork(stationFile, network, engine, log),
  });
}
