import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_NOW, testOfficeFile } from '../../db/testing';
import { DEMO_USERS } from '../../db/seed/users';
import { type Core, createCore } from '../core/app';
import { manualClock } from '../core/clock';
import type { AppErrorData } from '../core/errors';
import { createInvoker } from '../printing/invoker';
import { HTTP_INVOKE_PATH, TOKEN_HEADER } from '../shared/bridge';
import { type HttpBridge, startHttpBridge } from '../transports/http';

/**
 * The attack suite's office: one database file and two puestos on it, each a core behind its
 * own loopback HTTP bridge, as two browser-mode processes of one office would be. Attacks go
 * over HTTP exactly as a page (or anything else on the computer holding the token) sends them.
 */

export type Answer = { ok: true; data: unknown } | { ok: false; error: AppErrorData };

export interface Puesto {
  core: Core;
  bridge: HttpBridge;
  /** POSTs one call to the bridge, as the renderer does. */
  call(session: string | null, name: string, input: unknown): Promise<Answer>;
  /** Logs a demo user in; their session id. */
  login(username: string, password?: string): Promise<string>;
}

export interface AttackOffice {
  file: string;
  clock: ReturnType<typeof manualClock>;
  a: Puesto;
  b: Puesto;
  close(): Promise<void>;
}

export async function post(bridge: HttpBridge, session: string | null, name: string, input: unknown): Promise<Answer> {
  const response = await fetch(`${bridge.url.replace(/\/$/, '')}${HTTP_INVOKE_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token },
    body: JSON.stringify({ name, input, session }),
  });
  return (await response.json()) as Answer;
}

async function puesto(file: string, clock: ReturnType<typeof manualClock>, workstation: string): Promise<Puesto> {
  const core = createCore({ file, clock, workstation, checkpointEveryMs: 0, log: () => undefined });
  const bridge = await startHttpBridge({ invoke: createInvoker(core.dispatch), rendererDir: path.dirname(file), port: 0 });
  const call = (session: string | null, name: string, input: unknown) => post(bridge, session, name, input);
  return {
    core,
    bridge,
    call,
    async login(username, password = DEMO_USERS.find((u) => u.username === username)?.password ?? '') {
      const answer = await call(null, 'auth.login', { username, password });
      if (!answer.ok) throw new Error(`${username} no pudo ingresar: ${answer.error.message}`);
      return (answer.data as { sessionId: string }).sessionId;
    },
  };
}

export async function attackOffice(): Promise<AttackOffice> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-ataque-'));
  const file = testOfficeFile(path.join(dir, 'oficina.db'));
  const clock = manualClock(TEST_NOW);
  const a = await puesto(file, clock, 'VENTANILLA-01');
  const b = await puesto(file, clock, 'CAJA-01');
  return {
    file,
    clock,
    a,
    b,
    async close() {
      await Promise.all([a.bridge.close(), b.bridge.close()]);
      a.core.close();
      b.core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The data of an answer that must have succeeded. */
export function data<T>(answer: Answer): T {
  if (!answer.ok) throw new Error(`Se esperaba éxito: ${answer.error.code} ${answer.error.message}`);
  return answer.data as T;
}

/** The error of an answer that must have failed. */
export function refusal(answer: Answer): AppErrorData {
  if (answer.ok) throw new Error(`Se esperaba un rechazo y respondió: ${JSON.stringify(answer.data).slice(0, 200)}`);
  return answer.error;
}
