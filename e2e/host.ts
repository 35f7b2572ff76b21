import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readTestClockMark } from '../electron/test-clock';

/**
 * The instant every test office starts at (VENTANILLA_TEST_CLOCK): Tuesday 24 November 2026,
 * 10:00 in Bogotá, a business day far from any holiday, so no spec depends on the day it runs
 * (an edicto is posted, a visit finds free slots, a cash day is open).
 */
export const E2E_START = '2026-11-24T15:00:00Z';

export interface Host {
  url: string;
  /** The host's folder: its database, archive and station file. */
  dir: string;
  dbFile: string;
  /** Where this host archives the PDF of every print (VENTANILLA_ARCHIVE), inside its temp folder. */
  archiveDir: string;
  /** The host's clock now: its start instant plus the time since it started. */
  now(): Date;
  /** What the host printed so far (stdout and stderr). */
  output(): string;
  /** The office server's port, when the host runs as the servidor de la oficina. */
  serverPort(): number | null;
  /** The process id, for a test that kills it. */
  pid: number;
  /** kill -9: the host dies as in a power cut (its folder stays, for a restart on it). */
  kill(): Promise<void>;
  /** A clean stop (SIGTERM); the folder goes too unless `keepFolder`, e.g. to read the database after. */
  stop(options?: { keepFolder?: boolean }): Promise<void>;
}

export interface HostOptions {
  demo: boolean;
  subscribers?: number;
  /** Where the office's clock starts (an ISO instant); E2E_START unless a spec needs its own hour. */
  startAt?: string;
  /** More of the host's environment, e.g. TZ to put its computer far from the office. */
  env?: Record<string, string>;
  /** Command-line flags, e.g. --server. */
  args?: string[];
  /** Run on this folder (a restart after a kill) instead of a fresh temporary one: the office's clock runs on. */
  dir?: string;
}

const projectRoot = path.resolve(import.meta.dirname, '..');
const READY = /http:\/\/127\.0\.0\.1:\d+\//;
const rendererIndex = path.join(projectRoot, 'out', 'renderer', 'index.html');
const buildLock = path.join(projectRoot, 'out', '.renderer-build');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A host hands its per-start credential out in its page, so the built renderer must be there
 * (Playwright's global setup builds it; Vitest tests and benches that start hosts call this).
 * Built once when missing; processes starting side by side wait for the one that builds.
 */
export async function ensureRenderer(): Promise<void> {
  if (existsSync(rendererIndex)) return;
  mkdirSync(path.dirname(buildLock), { recursive: true });
  const stale = statSync(buildLock, { throwIfNoEntry: false });
  if (stale && Date.now() - stale.mtimeMs > 120_000) rmSync(buildLock, { recursive: true, force: true });
  try {
    mkdirSync(buildLock);
  } catch {
    for (let waited = 0; waited < 120_000 && !existsSync(rendererIndex); waited += 250) await sleep(250);
    return;
  }
  try {
    const { build } = await import('vite');
    await build({ configFile: path.join(projectRoot, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

/**
 * Starts electron/host.ts on a fresh temporary database, on the test clock, and resolves once
 * it prints its URL. `demo: false` gives the empty office of a first installation.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'ventanilla-e2e-'));
  const dbFile = path.join(dir, 'ventanilla.db');
  const archiveDir = path.join(dir, 'Archivo');
  const startAt = options.startAt ?? E2E_START;
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host.ts', ...(options.args ?? [])], {
    cwd: projectRoot,
    env: {
      ...process.env,
      // The print service renders the documents' components (.tsx): tsx compiles them as the renderer does.
      TSX_TSCONFIG_PATH: 'tsconfig.web.json',
      NODE_ENV: 'test',
      VENTANILLA_TEST_CLOCK: startAt,
      VENTANILLA_DB: dbFile,
      VENTANILLA_ARCHIVE: archiveDir,
      VENTANILLA_PORT: '0',
      VENTANILLA_DEMO: options.demo ? '1' : '0',
      VENTANILLA_DEMO_SUBSCRIBERS: String(options.subscribers ?? 300),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = await waitForUrl(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    dir,
    dbFile,
    archiveDir,
    pid: child.pid!,
    output: () => output,
    serverPort: () => {
      const match = /Servidor de la oficina: puerto (\d+)/.exec(output);
      return match ? Number(match[1]) : null;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
    // The host's clock starts when it reads the variable, a moment after the spawn: close enough for a page's clock.
    // On a restart it runs on from the first start, which the mark beside the database remembers.
    now: () => {
      const mark = options.dir ? readTestClockMark(dbFile) : null;
      const since = mark ? Date.parse(mark.since) : spawnedAt;
      return new Date(new Date(startAt).getTime() + Date.now() - since);
    },
    stop: async ({ keepFolder = false } = {}) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      if (!keepFolder) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`El host no arrancó en 60 s:\n${output}`)), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(error);
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`El host terminó (código ${code}) antes de estar listo:\n${output}`)));
  });
}
