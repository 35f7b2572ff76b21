import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BootedOffice, bootOffice, preparedMessage } from './boot';
import { type Clock, systemClock } from './core/clock';
import { DEFAULT_PORT, OfficeEnvError, officeOptionsFromEnv } from './office-env';
import { archiveFolderFor } from './printing/archive';
import { createChromiumEngine } from './printing/chromium-engine';
import type { PrintEngine } from './printing/engine';
import { type Invoke, createInvoker } from './printing/invoker';
import { createPrintService } from './printing/print-service';
import { testClockFromEnv } from './test-clock';
import { type HttpBridge, startHttpBridge } from './transports/http';

/**
 * Browser mode: core served over the loopback HTTP bridge to any browser on this computer.
 * Used for development, for e2e tests (Playwright + Chromium) and where Electron is missing.
 * Run: `npx tsx electron/host.ts` (or `npm run web`, which also builds the renderer).
 */

const projectRoot = path.resolve(import.meta.dirname, '..');
const rendererDir = path.join(projectRoot, 'out', 'renderer');

/** Expected problems end with a Spanish message and exit code 2, not a stack trace. */
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
}

async function listen(invoke: Invoke, port: number, portFromEnv: boolean): Promise<HttpBridge> {
  const start = (p: number) => startHttpBridge({ invoke, rendererDir, port: p, host: '127.0.0.1' });
  try {
    return await start(port);
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
    if (portFromEnv) fail(`El puerto ${port} (VENTANILLA_PORT) está ocupado: cierre el programa que lo usa o elija otro puerto.`);
    const bridge = await start(0);
    console.log(`El puerto ${DEFAULT_PORT} está ocupado (¿otra Ventanilla abierta?); se usa el puerto ${bridge.port}.`);
    return bridge;
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
function printing(booted: BootedOffice, archiveDir: string, clock: Clock): { invoke: Invoke; engine: PrintEngine } {
  const engine = createChromiumEngine({ env: process.env });
  const { dispatch } = booted.core;
  const service = createPrintService({ dispatch, core: booted.core, engine, archiveDir, clock, log });
  return { invoke: createInvoker(dispatch, service), engine };
}

async function main(): Promise<void> {
  const options = fromEnv(() => officeOptionsFromEnv(process.env));
  const archiveDir = fromEnv(() => archiveFolderFor(process.env, options.file));
  const freshDatabase = options.file === ':memory:' || !existsSync(options.file);
  const testClock = fromEnv(() => testClockFromEnv(process.env, { freshDatabase }));
  if (testClock) console.warn(testClock.warning);
  const clock = testClock?.clock ?? systemClock;
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    fail(
      'Ventanilla no puede abrir: falta compilar la interfaz (out/renderer). Ejecute `npm run web` o `npx vite build -c renderer/vite.config.ts`.',
    );
  }

  const booted = bootOffice({
    file: options.file,
    demo: options.demo,
    demoSubscribers: options.demoSubscribers,
    archiveDir,
    log,
    clock,
  });
  const created = preparedMessage(booted);
  if (created) console.log(created);

  const { invoke, engine } = printing(booted, archiveDir, clock);
  const bridge = await listen(invoke, options.port, options.portFromEnv);
  let closing = false;
  const shutdown = () => {
    // Ctrl+C reaches both `npm start` and this process; the second signal must not close twice.
    if (closing) return;
    closing = true;
    void Promise.allSettled([bridge.close(), engine.close()]).finally(() => {
      booted.core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);

  console.log(`Documentos impresos: se archivan en ${archiveDir}`);
  console.log(`Ventanilla en modo navegador: ${bridge.url}`);
}

main().catch((error: unknown) => {
  console.error('Ventanilla no pudo iniciar en modo navegador:', error instanceof Error ? error.message : error);
  process.exit(1);
});
