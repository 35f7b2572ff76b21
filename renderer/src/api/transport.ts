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

function httpTransport(token: string): Transport {
  return async (envelope) => {
    const response = await fetch(HTTP_INVOKE_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(envelope),
    });
    return response.json() as Promise<unknown>;
  };
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
