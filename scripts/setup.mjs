#!/usr/bin/env node
/**
 * Makes a fresh clone usable, and is cheap when nothing changed (npm start runs it every time).
 * Plain Node with no dependencies: it runs before node_modules exists.
 *
 * 1. node_modules missing or installed from another package-lock.json → `npm ci`, with
 *    ELECTRON_SKIP_BINARY_DOWNLOAD=1 so an offline machine still installs.
 * 2. Electron's binary missing → one download attempt with a time limit
 *    (VENTANILLA_ELECTRON_DOWNLOAD_TIMEOUT seconds, 600 by default); the outcome is recorded
 *    so it is retried only when the lock file changes, after a day, or with --retry.
 * 3. Electron present → a better-sqlite3 built for Electron's ABI in
 *    node_modules/.cache/ventanilla, leaving node_modules/better-sqlite3 (Node's ABI, used by
 *    the tests and browser mode) untouched.
 *
 *   node scripts/setup.mjs            as needed
 *   node scripts/setup.mjs --retry    try the Electron download again now
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE_MODULES = path.join(ROOT, 'node_modules');
const STAMP_FILE = path.join(NODE_MODULES, '.ventanilla-setup.json');
const ELECTRON_DIR = path.join(NODE_MODULES, 'electron');
const BETTER_SQLITE_DIR = path.join(NODE_MODULES, 'better-sqlite3');
export const ELECTRON_SQLITE_DIR = path.join(NODE_MODULES, '.cache', 'ventanilla', 'electron-better-sqlite3');
const ELECTRON_SQLITE_BINARY = path.join(ELECTRON_SQLITE_DIR, 'build', 'Release', 'better_sqlite3.node');

const RETRY_AFTER_MS = 24 * 60 * 60 * 1000;
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;

// ---------------------------------------------------------------- download time limit

export const DOWNLOAD_TIMEOUT_ENV = 'VENTANILLA_ELECTRON_DOWNLOAD_TIMEOUT';
/** Electron is over 100 MB: ten minutes is about 1.5 Mbit/s, a slow office link. */
const DEFAULT_DOWNLOAD_TIMEOUT_S = 600;
const MIN_DOWNLOAD_TIMEOUT_S = 10;
const MAX_DOWNLOAD_TIMEOUT_S = 24 * 60 * 60;

/** Seconds each download may take (Electron, and a prebuilt better-sqlite3 for it). */
export function downloadTimeoutSeconds(env = process.env) {
  const raw = env[DOWNLOAD_TIMEOUT_ENV]?.trim();
  if (!raw) return DEFAULT_DOWNLOAD_TIMEOUT_S;
  const seconds = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(seconds >= MIN_DOWNLOAD_TIMEOUT_S && seconds <= MAX_DOWNLOAD_TIMEOUT_S)) {
    throw new Error(
      `${DOWNLOAD_TIMEOUT_ENV}="${raw}" no es válido: debe ser los segundos que puede tardar la descarga de Electron, un número entero entre ${MIN_DOWNLOAD_TIMEOUT_S} y ${MAX_DOWNLOAD_TIMEOUT_S}.`,
    );
  }
  return seconds;
}

export const RETRY_COMMAND = 'npm run setup -- --retry';

/** What a failed download says: how to try again, and how to give a slow link more time. */
export function downloadFailedMessage(detail, seconds) {
  return (
    `No se pudo descargar Electron (${detail}); Ventanilla usará el modo navegador. Para reintentar: ${RETRY_COMMAND}` +
    ` (con una conexión lenta, dé más tiempo con ${DOWNLOAD_TIMEOUT_ENV}=<segundos>; ahora son ${seconds} s).`
  );
}

// ---------------------------------------------------------------- stamp

function lockHash() {
  const lock = path.join(ROOT, 'package-lock.json');
  return fs.existsSync(lock) ? createHash('sha256').update(fs.readFileSync(lock)).digest('hex') : 'sin-lock';
}

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(STAMP_FILE, 'utf8'));
  } catch {
    return null;
  }
}

function writeStamp(stamp) {
  fs.writeFileSync(STAMP_FILE, `${JSON.stringify(stamp, null, 2)}\n`);
}

function readVersion(packageDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version ?? null;
  } catch {
    return null;
  }
}

/** An earlier attempt that failed recently enough, for the same inputs, is not repeated. */
function recentFailure(attempt, sameInputs) {
  return Boolean(attempt && !attempt.ok && sameInputs && Date.now() - Date.parse(attempt.at) < RETRY_AFTER_MS);
}

/** The last meaningful line of a failed command, for the stamp and the console. */
function lastLine(result) {
  if (result.error?.code === 'ETIMEDOUT') return 'tiempo de espera agotado';
  if (result.error) return result.error.message;
  const text = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at ') && !/^npm (warn|notice)/i.test(l));
  return (
    lines.find((l) => /error|fail|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/i.test(l)) ??
    lines.at(-1) ??
    `código ${result.status}`
  ).slice(0, 200);
}

// ---------------------------------------------------------------- Electron facts (also used by start.mjs and e2e)

export function electronVersion() {
  return readVersion(ELECTRON_DIR);
}

/** The Electron executable, found the way node_modules/electron/index.js finds it; null when absent. */
export function electronBinary() {
  let relative;
  try {
    relative = fs.readFileSync(path.join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(ELECTRON_DIR, 'dist');
  const file = path.join(base, relative);
  return fs.existsSync(file) ? file : null;
}

/** Whether the desktop window can run here and, in Spanish, why (not). */
export function electronStatus() {
  const version = electronVersion();
  if (!version) return { available: false, reason: 'el paquete electron no está instalado (ejecute npm run setup)' };
  if (electronBinary()) return { available: true, reason: `Electron ${version} instalado` };
  const attempt = readStamp()?.electron;
  if (attempt && !attempt.ok) {
    const detail = attempt.detail ? `: ${attempt.detail}` : '';
    return { available: false, reason: `no se pudo descargar su binario${detail}; ${RETRY_COMMAND} lo intenta de nuevo` };
  }
  return { available: false, reason: 'su binario no está descargado (ejecute npm run setup)' };
}

/** better_sqlite3.node for this Electron version, or null when not prepared. */
export function electronNativeBinding() {
  const done = readStamp()?.electronSqlite;
  const current = done?.ok && done.electron === electronVersion() && done.betterSqlite3 === readVersion(BETTER_SQLITE_DIR);
  return current && fs.existsSync(ELECTRON_SQLITE_BINARY) ? ELECTRON_SQLITE_BINARY : null;
}

// ---------------------------------------------------------------- steps

function run(command, args, options) {
  return spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
}

function npm(args, env = process.env) {
  const windows = process.platform === 'win32';
  return run(windows ? 'npm.cmd' : 'npm', args, { stdio: 'inherit', shell: windows, env });
}

function installDependencies(log) {
  log('Instalando dependencias (npm ci)…');
  const result = npm(['ci'], { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
  if (result.status !== 0) {
    throw new Error(
      `npm ci falló (${result.error?.message ?? `código ${result.status}`}). Revise la conexión al registro de npm y vuelva a intentarlo.`,
    );
  }
}

/**
 * electron-builder (npm run dist) rebuilds node_modules/better-sqlite3 in place for Electron's
 * ABI; afterwards Node (tests, browser mode) cannot load it. Put Node's build back.
 */
function ensureNodeSqlite(log) {
  if (!fs.existsSync(BETTER_SQLITE_DIR)) return;
  const probe = run(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {});
  if (probe.status === 0) return;
  log('better-sqlite3 no carga en Node (quedó compilado para Electron); se vuelve a preparar para Node…');
  const result = npm(['rebuild', 'better-sqlite3']);
  if (result.status !== 0) throw new Error('No se pudo recompilar better-sqlite3 para Node (npm rebuild better-sqlite3).');
}

function downloadElectron(stamp, log, force, timeoutSeconds) {
  const version = electronVersion();
  if (!version || electronBinary()) return;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  if (!force && recentFailure(stamp.electron, stamp.electron?.version === version)) return;
  log(`Descargando Electron ${version} (una sola vez; máximo ${timeoutSeconds} s)…`);
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = run(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], {
    cwd: ELECTRON_DIR,
    env,
    timeout: timeoutSeconds * 1000,
  });
  const ok = result.status === 0 && electronBinary() !== null;
  stamp.electron = { ok, version, at: new Date().toISOString(), detail: ok ? '' : lastLine(result) };
  log(ok ? `Electron ${version} listo.` : downloadFailedMessage(stamp.electron.detail, timeoutSeconds));
}

/** npm's own settings that would point a native build at Node's headers instead of Electron's. */
function electronBuildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

function prepareElectronSqlite(stamp, log, force, timeoutSeconds) {
  const electron = electronVersion();
  const betterSqlite3 = readVersion(BETTER_SQLITE_DIR);
  if (!electron || !betterSqlite3 || !electronBinary()) return;
  const previous = stamp.electronSqlite;
  const sameInputs = previous?.electron === electron && previous?.betterSqlite3 === betterSqlite3;
  if (previous?.ok && sameInputs && fs.existsSync(ELECTRON_SQLITE_BINARY)) return;
  if (!force && recentFailure(previous, sameInputs)) return;

  log(`Preparando SQLite para Electron ${electron}…`);
  fs.rmSync(ELECTRON_SQLITE_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(ELECTRON_SQLITE_DIR), { recursive: true });
  // A copy without build/, whose binary is Node's: what gets built there must be Electron's.
  const nodeBuild = path.join(BETTER_SQLITE_DIR, 'build');
  fs.cpSync(BETTER_SQLITE_DIR, ELECTRON_SQLITE_DIR, {
    recursive: true,
    filter: (src) => src !== nodeBuild && !src.startsWith(nodeBuild + path.sep),
  });

  const env = electronBuildEnv();
  const requireFromPackage = createRequire(path.join(BETTER_SQLITE_DIR, 'package.json'));
  const arch = process.arch;
  let result = run(
    process.execPath,
    [requireFromPackage.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electron, '--arch', arch],
    {
      cwd: ELECTRON_SQLITE_DIR,
      env,
      timeout: timeoutSeconds * 1000,
    },
  );
  if (result.status !== 0 || !fs.existsSync(ELECTRON_SQLITE_BINARY)) {
    // No prebuilt binary for this platform: compile against Electron's headers (needs a compiler).
    log('No hay binario precompilado; compilando better-sqlite3 para Electron…');
    const nodeGyp = createRequire(path.join(NODE_MODULES, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
    result = run(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        `--target=${electron}`,
        '--runtime=electron',
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: ELECTRON_SQLITE_DIR, env, timeout: BUILD_TIMEOUT_MS },
    );
  }
  const ok = result.status === 0 && fs.existsSync(ELECTRON_SQLITE_BINARY);
  stamp.electronSqlite = { ok, electron, betterSqlite3, at: new Date().toISOString(), detail: ok ? '' : lastLine(result) };
  log(ok ? 'SQLite para Electron listo.' : `No se pudo preparar SQLite para Electron (${stamp.electronSqlite.detail}).`);
}

/**
 * Runs the steps that are due. Returns what start.mjs needs to choose the desktop window or
 * browser mode.
 */
export function setup({ log = (message) => console.log(message), retry = false } = {}) {
  const timeoutSeconds = downloadTimeoutSeconds();
  const hash = lockHash();
  let stamp = readStamp();
  if (!fs.existsSync(NODE_MODULES)) {
    installDependencies(log);
    stamp = null;
  } else if (!stamp) {
    // Installed without this script (a plain `npm ci`): adopt it when npm's own record of the
    // install is newer than the lock file, as npm itself would consider it current.
    const installed = fs.statSync(path.join(NODE_MODULES, '.package-lock.json'), { throwIfNoEntry: false });
    const lock = fs.statSync(path.join(ROOT, 'package-lock.json'), { throwIfNoEntry: false });
    if (!installed || !lock || installed.mtimeMs < lock.mtimeMs) installDependencies(log);
  } else if (stamp.lockHash !== hash) {
    installDependencies(log);
    stamp = null;
  }
  ensureNodeSqlite(log);
  stamp = stamp ?? { lockHash: hash, installedAt: new Date().toISOString() };
  stamp.lockHash = hash;
  writeStamp(stamp);

  downloadElectron(stamp, log, retry, timeoutSeconds);
  writeStamp(stamp);
  prepareElectronSqlite(stamp, log, retry, timeoutSeconds);
  writeStamp(stamp);
  return { electron: electronStatus(), nativeBinding: electronNativeBinding() };
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    const { electron } = setup({ retry: process.argv.includes('--retry') });
    console.log(
      electron.available ? `Listo: ${electron.reason}.` : `Listo para el modo navegador (Electron: ${electron.reason}).`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
