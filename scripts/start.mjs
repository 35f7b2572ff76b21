#!/usr/bin/env node
/**
 * `npm start`: the desktop window when Electron can run here, browser mode otherwise (saying
 * why). `npm run web` (--web): browser mode always. `npm run server` (--server): the servidor de la
 * oficina, without a window (browser mode for its admin).
 * Builds what is out of date first; forwards signals; exits with the app's exit code.
 */
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { linuxSandboxFacts, sandboxAdvice, sandboxProblem } from './linux-sandbox.mjs';
import { rendererIsStale } from './renderer-freshness.mjs';
import { ROOT, electronBinary, setup } from './setup.mjs';

const READY_LINE = /Ventanilla en modo navegador: (http:\/\/127\.0\.0\.1:\d+\/)/;

function viteBuild(config, what) {
  console.log(`Compilando ${what}…`);
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', config], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`No se pudo compilar ${what} (vite build -c ${config}).`);
    process.exit(result.status ?? 1);
  }
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Runs the app in the foreground: signals reach it, and its exit code becomes ours. */
function supervise(child) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)));
  child.on('error', (error) => {
    console.error(`No se pudo iniciar Ventanilla: ${error.message}`);
    process.exit(1);
  });
}

function startDesktop(nativeBinding) {
  viteBuild('electron/vite.config.ts', 'la aplicación de escritorio');
  const env = { ...process.env, VENTANILLA_NATIVE_BINDING: nativeBinding };
  // Inherited from some tool, it would make Electron behave as plain Node and open no window.
  delete env.ELECTRON_RUN_AS_NODE;
  supervise(spawn(electronBinary(), ['.'], { cwd: ROOT, env, stdio: 'inherit' }));
}

function startBrowserMode(reason, flags = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('electron', 'host.ts'), ...flags], {
    cwd: ROOT,
    // The print service renders the documents' components (.tsx): tsx compiles them as the renderer does.
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.web.json' },
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const ready = READY_LINE.exec(line);
      if (ready) console.log(`${reason}: Ventanilla funciona en modo navegador en ${ready[1]}`);
    }
  });
  supervise(child);
}

function main() {
  const web = process.argv.includes('--web');
  const { electron, nativeBinding } = setup();

  if (rendererIsStale(ROOT)) viteBuild('renderer/vite.config.ts', 'la interfaz');

  if (web) return startBrowserMode('Modo navegador solicitado (npm run web)');
  // The office server runs without a window (as a service); its admin screens are at the loopback address.
  if (process.argv.includes('--server')) return startBrowserMode('Servidor de la oficina (npm run server)', ['--server']);
  if (!electron.available) return startBrowserMode(`Electron no está disponible en este equipo (${electron.reason})`);
  if (!hasDisplay()) return startBrowserMode('No hay pantalla gráfica para abrir la ventana (DISPLAY y WAYLAND_DISPLAY vacías)');
  if (!nativeBinding) {
    return startBrowserMode('Electron está instalado pero no se pudo preparar SQLite para él (vea npm run setup -- --retry)');
  }
  const sandbox = sandboxProblem(linuxSandboxFacts(path.dirname(electronBinary())));
  if (sandbox) {
    console.log(sandboxAdvice(sandbox));
    return startBrowserMode('Electron no puede aislar su ventana en este Linux (vea arriba)');
  }
  return startDesktop(nativeBinding);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
