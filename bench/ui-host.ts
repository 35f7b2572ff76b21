import { spawn } from 'node:child_process';
import path from 'node:path';
import { HTTP_INVOKE_PATH, TOKEN_HEADER, TOKEN_META } from '../electron/shared/bridge';

/**
 * Browser mode (electron/host.ts) as a child process for the UI bench, started the way
 * e2e/host.ts starts it, plus the procedures called over its HTTP bridge as the renderer calls
 * them (for the coupons and sessions the bench needs before it measures anything).
 */

const projectRoot = path.resolve(import.meta.dirname, '..');
const READY = /http:\/\/127\.0\.0\.1:\d+\//;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

export interface UiHost {
  url: string;
  /** A procedure through the bridge; throws on `ok: false`. */
  call<T>(name: string, input: unknown, session?: string | null): Promise<T>;
  /** The raw answer, for calls whose refusal is expected. */
  invoke(name: string, input: unknown, session?: string | null): Promise<Answer<unknown>>;
  login(username: string, password: string): Promise<string>;
  /** The last lines the host printed, for an error message. */
  output(): string;
  stop(): Promise<void>;
}

export type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/**
 * Starts the host on `dbFile` with `env` added (VENTANILLA_TEST_CLOCK, VENTANILLA_DEMO_SUBSCRIBERS…);
 * resolves once it prints its URL. The caller owns `dbFile` and `archiveDir` and removes them.
 */
export async function startUiHost(options: {
  dbFile: string;
  archiveDir: string;
  env: Record<string, string>;
  /** Command-line flags, e.g. --server. */
  args?: string[];
}): Promise<UiHost> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host.ts', ...(options.args ?? [])], {
    cwd: projectRoot,
    env: {
      ...process.env,
      // The print service renders the documents' components (.tsx): tsx compiles them as the renderer does.
      TSX_TSCONFIG_PATH: 'tsconfig.web.json',
      NODE_ENV: 'test',
      VENTANILLA_DB: options.dbFile,
      VENTANILLA_ARCHIVE: options.archiveDir,
      VENTANILLA_PORT: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Whatever happens to the bench, the host does not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`El host no arrancó en ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
      const look = () => {
        const match = READY.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      child.stdout.on('data', look);
      child.stderr.on('data', look);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`El host terminó (código ${code}) antes de estar listo:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }

  const page = await (await fetch(url)).text();
  const token = new RegExp(`<meta name="${TOKEN_META}" content="([^"]+)"`).exec(page)?.[1];
  if (!token) {
    await stop();
    throw new Error('El host no sirvió la credencial de la página (meta del token).');
  }
  const invoke = async (name: string, input: unknown, session: string | null = null): Promise<Answer<unknown>> => {
    const response = await fetch(new URL(HTTP_INVOKE_PATH, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ name, input, session }),
    });
    return (await response.json()) as Answer<unknown>;
  };
  const call = async <T>(name: string, input: unknown, session: string | null = null): Promise<T> => {
    const answer = await invoke(name, input, session);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
    return answer.data as T;
  };
  return {
    url,
    call,
    invoke,
    login: async (username, password) => (await call<{ sessionId: string }>('auth.login', { username, password })).sessionId,
    output: () => output,
    stop,
  };
}
