import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BootedOffice, bootOffice, preparedMessage } from './boot';
import { DEFAULT_PORT, OfficeEnvError, type OfficeEnvOptions, officeOptionsFromEnv } from './office-env';
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

async function listen(booted: BootedOffice, port: number, portFromEnv: boolean): Promise<HttpBridge> {
  const start = (p: number) => startHttpBridge({ dispatch: booted.core.dispatch, rendererDir, port: p, host: '127.0.0.1' });
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

function optionsFromEnv(): OfficeEnvOptions {
  try {
    return officeOptionsFromEnv(process.env);
  } catch (error) {
    if (error instanceof OfficeEnvError) fail(error.message);
    throw error;
  }
}

async function main(): Promise<void> {
  const options = optionsFromEnv();
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    fail(
      'Ventanilla no puede abrir: falta compilar la interfaz (out/renderer). Ejecute `npm run web` o `npx vite build -c renderer/vite.config.ts`.',
    );
  }

  const booted = bootOffice({
    file: options.file,
    demo: options.demo,
    demoSubscribers: options.demoSubscribers,
    log: (message, error) => console.error(`[ventanilla] ${message}`, error),
  });
  const created = preparedMessage(booted);
  if (created) console.log(created);

  const bridge = await listen(booted, options.port, options.portFromEnv);
  let closing = false;
  const shutdown = () => {
    // Ctrl+C reaches both `npm start` and this process; the second signal must not close twice.
    if (closing) return;
    closing = true;
    void bridge.close().finally(() => {
      booted.core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);

  console.log(`Ventanilla en modo navegador: ${bridge.url}`);
}

main().catch((error: unknown) => {
  console.error('Ventanilla no pudo iniciar en modo navegador:', error instanceof Error ? error.message : error);
  process.exit(1);
});
