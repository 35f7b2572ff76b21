/**
 * What the renderer and the main process agree on, whatever carries the call (IPC in the
 * desktop window, the loopback HTTP bridge in browser mode). No Node or DOM imports here:
 * both sides import it.
 */

/** IPC channel of `invoke` in the desktop window. */
export const INVOKE_CHANNEL = 'ventanilla:invoke';

/** Browser mode: POST JSON `{ name, input, session }` here; the answer is a `Result`. */
export const HTTP_INVOKE_PATH = '/api/invoke';
/** Browser mode: the per-start token every call must carry. */
export const TOKEN_HEADER = 'x-ventanilla-token';

/** A puesto that cannot reach the office server answers OFFLINE with this; the window's banner says it. */
export const OFFLINE_MESSAGE = 'Sin conexión con el servidor de la oficina — reintentando';

/** Placeholders in renderer/index.html, replaced for every page load by whoever serves it. */
export const NONCE_PLACEHOLDER = '__VENTANILLA_NONCE__';
export const TOKEN_PLACEHOLDER = '__VENTANILLA_TOKEN__';
/** `<meta name=...>` tags the renderer reads the nonce and token from. */
export const NONCE_META = 'ventanilla-nonce';
export const TOKEN_META = 'ventanilla-token';

/**
 * The only events the main process sends to the renderer.
 * `app:lock`: the computer was locked or suspended, so the open session locks at once.
 */
export const EVENTS = ['app:lock'] as const;
export type EventName = (typeof EVENTS)[number];

export interface InvokeEnvelope {
  name: string;
  input: unknown;
  /** The session id returned by auth.login; null before login. */
  session: string | null;
}

/** What the preload exposes as `window.ventanilla`. */
export interface VentanillaBridge {
  invoke(envelope: InvokeEnvelope): Promise<unknown>;
  on(event: EventName, listener: () => void): () => void;
}

/** The Content-Security-Policy of every renderer page; the nonce changes per load. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "font-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
