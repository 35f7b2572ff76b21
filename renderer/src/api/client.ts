import type { AppInput, AppOutput, AppProcedureName, Result } from '../../../electron/core/contract';
import type { AppErrorData } from '../../../electron/core/errors';
import { pickTransport, type Transport } from './transport';

/** Every procedure the renderer can call: the core's and printing (print.*). */
export type ProcedureName = AppProcedureName;
export type Input<N extends ProcedureName> = AppInput<N>;
export type Output<N extends ProcedureName> = AppOutput<N>;
export type { Result };
export type ApiError = AppErrorData;

/** What the session layer must react to, whichever screen made the call. */
export type SessionSignal = { kind: 'locked' } | { kind: 'ended'; message: string };

const UNREACHABLE: ApiError = {
  code: 'INTERNAL',
  message: 'No se pudo comunicar con el servicio de Ventanilla. Revise que la aplicación siga abierta e intente de nuevo.',
};

let transport: Transport | undefined;
// Kept in memory only: a reload or a new window means logging in again.
let sessionId: string | null = null;
let lastCallAt = 0;
const listeners = new Set<(signal: SessionSignal) => void>();
const answerListeners = new Set<(name: ProcedureName) => void>();
const resultListeners = new Set<(name: ProcedureName, result: Result<unknown>) => void>();

export function setSessionId(id: string | null): void {
  sessionId = id;
}

export function millisSinceLastCall(now = Date.now()): number {
  return now - lastCallAt;
}

export function onSessionSignal(listener: (signal: SessionSignal) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Told after every procedure that answered ok, whichever screen called it (the session's cache
 * marks stale what a mutation may have changed; this module stays free of the contract, so the
 * login loads without it).
 */
export function onAnswered(listener: (name: ProcedureName) => void): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}

/**
 * Told of every answer that came back, ok or refused, whichever screen called (the office link
 * watches them for OFFLINE and UNPAIRED). Not told when the window could not reach this
 * computer's own Ventanilla: that says nothing about the office server.
 */
export function onResult(listener: (name: ProcedureName, result: Result<unknown>) => void): () => void {
  resultListeners.add(listener);
  return () => resultListeners.delete(listener);
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/**
 * Calls a procedure of the core. Never throws: a transport failure becomes an error result
 * with a Spanish message, so every screen handles one shape.
 */
export async function call<N extends ProcedureName>(name: N, input: Input<N>): Promise<Result<Output<N>>> {
  transport ??= pickTransport();
  let raw: unknown;
  try {
    lastCallAt = Date.now();
    raw = await transport({ name, input, session: sessionId });
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
  if (!isResult(raw)) return { ok: false, error: UNREACHABLE };
  resultListeners.forEach((l) => l(name, raw));
  if (raw.ok) answerListeners.forEach((l) => l(name));
  // Before the login there is no session to lock or end (a probe of the server asks without one).
  if (!raw.ok && sessionId !== null) {
    if (raw.error.code === 'SESSION_LOCKED') listeners.forEach((l) => l({ kind: 'locked' }));
    // A puesto the server no longer recognises (revoked): its sessions there are over too.
    if (raw.error.code === 'SESSION_REQUIRED' || raw.error.code === 'UNPAIRED') {
      listeners.forEach((l) => l({ kind: 'ended', message: raw.error.message }));
    }
  }
  // The core validated the output against the contract before sending it.
  return raw as Result<Output<N>>;
}
