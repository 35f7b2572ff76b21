import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The instant every test office starts at (VENTANILLA_TEST_CLOCK): Tuesday 24 November 2026,
 * 10:00 in Bogotá, a business day far from any holiday, so no spec depends on the day it runs
 * (an edicto is posted, a visit finds free slots, a cash day is open).
 */
export const E2E_START = '2026-11-24T15:00:00Z';

export interface Host {
  url: string;
  dbFile: string;
  /** Where this host archives the PDF of every print (VENTANILLA_ARCHIVE), inside its temp folder. */
  archiveDir: string;
  /** The host's clock now: its start instant plus the time since it started. */
  now(): Date;
  stop(): Promise<void>;
}

export interface HostOptions {
  demo: boolean;
  subscribers?: number;
  /** Where the office's clock starts (an ISO instant); E2E_START unless a spec needs its own hour. */
  startAt?: string;
  /** More of the host's environment, e.g. TZ to put its computer far from the office. */
  env?: Record<string, string>;
}

const projectRoot = path.resolve(import.meta.dirname, '..');
const READY = /http:\/\/127\.0\.0\.1:\d+\//;

/**
 * Starts electron/host.ts on a fresh temporary database, on the test clock, and resolves once
 * it prints its URL. `demo: false` gives the empty office of a first installation.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-e2e-'));
  const dbFile = path.join(dir, 'ventanilla.db');
  const archiveDir = path.join(dir, 'Archivo');
  const startAt = options.startAt ?? E2E_START;
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host.ts'], {
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
  const url = await waitForUrl(child);
  return {
    url,
    dbFile,
    archiveDir,
    // The host's clock starts when it reads the variable, a moment after the spawn: close enough for a page's clock.
    now: () => new Date(new Date(startAt).getTime() + Date.now() - spawnedAt),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
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
