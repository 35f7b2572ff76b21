import { existsSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { withBackups } from './backups/backup-invoker';
import { officeHandle } from './backups/office-handle';
import { startBackups } from './backups/start';
import { bootOffice, preparedMessage } from './boot';
import type { Dispatch } from './core/dispatch';
import { type Clock, systemClock } from './core/clock';
import { OfficeEnvError, officeOptionsFromEnv } from './office-env';
import { archiveFolderFor } from './printing/archive';
import { createExportService } from './exports/export-service';
import { OwnerLockError, claimOffice } from './office/owner-lock';
import { officeUntouched } from './core/users/users.service';
import { createPuestoChannel } from './office/puesto-channel';
import { stationNetwork } from './office/station-network';
import { type LocalOffice, startRuntime } from './office/runtime';
import { serverEnv, stationToRun } from './office/server-env';
import { readStation, stationFileFor } from './office/station';
import { createChromiumEngine } from './printing/chromium-engine';
import type { PrintEngine } from './printing/engine';
import { type Invoke, createInvoker } from './printing/invoker';
import { createPrintService } from './printing/print-service';
import { readTestClockMark, testClockFromEnv, writeTestClockMark } from './test-clock';
import { type HttpBridge, startHttpBridge } from './transports/http';
import { PortBusyError, listenOnPort } from './transports/listen';

/**
 * Browser mode: core served over the loopback HTTP bridge to any browser on this computer.
 * Used for development, for e2e tests (Playwright + Chromium) and where Electron is missing.
 * Run: `npm run web` (it also builds the renderer), or
 * `TSX_TSCONFIG_PATH=tsconfig.web.json npx tsx electron/host.ts`: the print service renders the
 * documents' .tsx components, which tsx compiles with the renderer's settings.
 */

const projectRoot = path.resolve(import.meta.dirname, '..');
const rendererDir = path.join(projectRoot, 'out', 'renderer');
/** The documents' print stylesheet, read from the sources this mode runs from. */
const documentsCss = path.join(projectRoot, 'renderer', 'src', 'documents', 'documents.css');

/** Expected problems end with a Spanish message and exit code 2, not a stack trace. */
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function listen(invoke: Invoke, port: number, portFromEnv: boolean): Promise<HttpBridge> {
  const start = (p: number) => startHttpBridge({ invoke, rendererDir, port: p, host: '127.0.0.1' });
  try {
    return await listenOnPort(start, port, portFromEnv, (line) => console.log(line));
  } catch (error) {
    if (error instanceof PortBusyError) fail(error.message);
    throw error;
  }
}

function fromEnv<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof OfficeEnvError) fail(error.message);
    throw error;
  }
}

const log = (message: string, error: unknown) => console.error(`[ventanilla] ${message}`, error);

/** Printing in browser mode: PDFs by a warm headless Chromium, paper through CUPS. */
function printServices(dispatch: Dispatch, archiveDir: string, clock: Clock, engine: PrintEngine) {
  const css = readFileSync(documentsCss, 'utf8');
  return {
    print: (as: Dispatch) => createPrintService({ dispatch: as, engine, archiveDir, css, clock, log }),
    exports: (as: Dispatch) => createExportService({ dispatch: as, clock }),
    local: () =>
      createInvoker(
        dispatch,
        createPrintService({ dispatch, engine, archiveDir, css, clock, log }),
        createExportService({ dispatch, clock }),
      ),
  };
}

async function main(): Promise<void> {
  const options = fromEnv(() => officeOptionsFromEnv(process.env));
  const archiveDir = fromEnv(() => archiveFolderFor(process.env, options.file));
  const network = fromEnv(() => serverEnv(process.env, process.argv));
  const stationFile =
    options.file === ':memory:' ? path.join(tmpdir(), `ventanilla-equipo-${process.pid}.json`) : stationFileFor(options.file);
  const station = fromEnv(() => stationToRun(readStation(stationFile), network));
  const freshDatabase = options.file === ':memory:' || !existsSync(options.file);
  const testClock = fromEnv(() =>
    testClockFromEnv(process.env, { freshDatabase, mark: freshDatabase ? null : readTestClockMark(options.file) }),
  );
  if (testClock) console.warn(testClock.warning);
  const clock = testClock?.clock ?? systemClock;
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    fail(
      'Ventanilla no puede abrir: falta compilar la interfaz (out/renderer). Ejecute `npm run web` o `npx vite build -c renderer/vite.config.ts`.',
    );
  }
  const engine = createChromiumEngine({ env: process.env });

  /** This computer's own database: one owner, whatever else tries to open it. */
  function openOffice(): LocalOffice {
    const lock = fromEnv(() => claimOffice(options.file));
    const boot = () =>
      bootOffice({ file: options.file, demo: options.demo, demoSubscribers: options.demoSubscribers, archiveDir, log, clock });
    let booted;
    try {
      booted = boot();
    } catch (error) {
      lock.release();
      throw error;
    }
    const created = preparedMessage(booted);
    if (created) console.log(created);
    // A restored backup replaces the database file: the office is opened again on it, in this process.
    const office = officeHandle(options.file, booted.core, () => boot().core);
    const backups = startBackups({ office, clock, archiveDir, log });
    const services = printServices(office.dispatch, archiveDir, clock, engine);
    console.log(`Documentos impresos: se archivan en ${archiveDir}`);
    return {
      dispatch: office.dispatch,
      invoke: withBackups(services.local(), backups),
      puestoInvoke: createPuestoChannel({
        dispatch: office.dispatch,
        printService: services.print,
        exportService: services.exports,
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

  const runtime = await startRuntime({
    stationFile,
    station,
    openOffice,
    ...stationNetwork(stationFile, network, engine, log),
  }).catch((error: unknown) => {
    if (error instanceof OwnerLockError || error instanceof OfficeEnvError) fail(error.message);
    throw error;
  });
  // A test that kills this host may start it again on the database its test clock created.
  if (testClock && freshDatabase && existsSync(options.file)) writeTestClockMark(options.file, testClock.mark);
  const bridge = await listen(runtime.invoke, options.port, options.portFromEnv);
  let closing = false;
  const shutdown = () => {
    // Ctrl+C reaches both `npm start` and this process; the second signal must not close twice.
    if (closing) return;
    closing = true;
    void Promise.allSettled([bridge.close(), engine.close()])
      .then(() => runtime.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);

  const info = runtime.info();
  if (info.mode === 'PUESTO') console.log(`Puesto ${info.workstation} del servidor de la oficina ${info.server?.address}`);
  if (info.officeServer) {
    const where =
      info.officeServer.addresses.map((a) => `https://${a}:${info.officeServer!.port}/`).join(', ') ||
      `puerto ${info.officeServer.port}`;
    console.log(`Servidor de la oficina en ${where} (huella ${info.officeServer.fingerprint})`);
    console.log(`Servidor de la oficina: puerto ${info.officeServer.port}`);
  }
  console.log(`Ventanilla en modo navegador: ${bridge.url}`);
}

main().catch((error: unknown) => {
  console.error('Ventanilla no pudo iniciar en modo navegador:', error instanceof Error ? error.message : error);
  process.exit(1);
});
