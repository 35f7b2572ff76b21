import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Host {
  url: string;
  dbFile: string;
  /** Where this host archives the PDF of every print (VENTANILLA_ARCHIVE), inside its temp folder. */
  archiveDir: string;
  stop(): Promise<void>;
}

const projectRoot = path.resolve(import.meta.dirname, '..');
const READY = /http:\/\/127\.0\.0\.1:\d+\//;

/**
 * Starts electron/host.ts on a fresh temporary database and resolves once it prints its URL.
 * `demo: false` gives the empty office of a first installation.
 */
export async function startHost(options: { demo: boolean; subscribers?: number }): Promise<Host> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-e2e-'));
  const dbFile = path.join(dir, 'ventanilla.db');
  const archiveDir = path.join(dir, 'Archivo');
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      // The print service renders the documents' components (.tsx): tsx compiles them as the renderer does.
      TSX_TSCONFIG_PATH: 'tsconfig.web.json',
      VENTANILLA_DB: dbFile,
      VENTANILLA_ARCHIVE: archiveDir,
      VENTANILLA_PORT: '0',
      VENTANILLA_DEMO: options.demo ? '1' : '0',
      VENTANILLA_DEMO_SUBSCRIBERS: String(options.subscribers ?? 300),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  return {
    url,
    dbFile,
    archiveDir,
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
