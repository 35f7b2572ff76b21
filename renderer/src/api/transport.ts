import {
  HTTP_INVOKE_PATH,
  TOKEN_HEADER,
  TOKEN_META,
  type InvokeEnvelope,
  type VentanillaBridge,
} from '../../../electron/shared/bridge';

declare global {
  interface Window {
    /** Present only in the desktop window (preload); absent in browser mode. */
    ventanilla?: VentanillaBridge;
  }
}

/** Carries one call to the main process and resolves with whatever came back. */
export type Transport = (envelope: InvokeEnvelope) => Promise<unknown>;

export function readMeta(name: string): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
}

/** A call bigger than this (a field report's photos) travels alone. */
const BATCH_ITEM_MAX_CHARS = 64 * 1024;
/** The bridge's limit of calls per request (electron/transports/http.ts MAX_BATCH). */
const BATCH_MAX = 16;

interface Pending {
  body: string;
  resolve(answer: unknown): void;
  reject(error: unknown): void;
}

/**
 * Browser mode's loopback HTTP. The calls made in one moment (one event: código + Enter reads the
 * subscriber, its facturas and its trámites) leave together in one request, answered in order;
 * each call is still answered on its own, as if it had gone alone.
 */
export function httpTransport(token: string, send: typeof fetch = (...args) => fetch(...args)): Transport {
  const post = async (body: string): Promise<unknown> => {
    const response = await send(HTTP_INVOKE_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body,
    });
    return response.json() as Promise<unknown>;
  };
  let waiting: Pending[] = [];

  function flush(): void {
    const taken = waiting;
    waiting = [];
    for (let start = 0; start < taken.length; start += BATCH_MAX) {
      const batch = taken.slice(start, start + BATCH_MAX);
      if (batch.length === 1) {
        const [only] = batch as [Pending];
        post(only.body).then(only.resolve, only.reject);
        continue;
      }
      post(`[${batch.map((p) => p.body).join(',')}]`).then(
        (answers) =>
          batch.forEach((p, i) =>
            // Anything but one answer per call (a refusal of the whole request) is each call's answer.
            p.resolve(Array.isArray(answers) && answers.length === batch.length ? answers[i] : answers),
          ),
        (error: unknown) => batch.forEach((p) => p.reject(error)),
      );
    }
  }

  return (envelope) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(envelope);
      if (body.length > BATCH_ITEM_MAX_CHARS) return void post(body).then(resolve, reject);
      waiting.push({ body, resolve, reject });
      if (waiting.length === 1) queueMicrotask(flush);
    });
}

/** IPC in the desktop window, the loopback HTTP bridge in a browser. Chosen once per load. */
export function pickTransport(): Transport {
  const bridge = window.ventanilla;
  if (bridge) return (envelope) => bridge.invoke(envelope);
  return httpTransport(readMeta(TOKEN_META));
}

/** The main process says "lock now" (computer locked or suspended). No-op in a browser. */
export function onAppLock(listener: () => void): () => void {
  return window.ventanilla?.on('app:lock', listener) ?? (() => undefined);
}
