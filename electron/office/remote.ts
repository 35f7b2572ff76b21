import { X509Certificate } from 'node:crypto';
import { Agent, request } from 'node:https';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import { type Result, contract } from '../core/contract';
import type { Procedure } from '../core/contract/define';
import type { Invoke } from '../printing/invoker';
import { OFFLINE_MESSAGE } from '../shared/bridge';
import { PUESTO_INVOKE_PATH, PUESTO_KEY_HEADER } from './protocol';

/**
 * The puesto's road to the office server: HTTPS with the server's certificate pinned (the only
 * one trusted, checked in the handshake before anything is sent), one kept-alive pool, the
 * puesto's key on every call. A call that cannot reach the server is retried for a while when
 * repeating it is harmless (a query, a mutation carrying its request key: it lands once);
 * otherwise, or past that while, the answer is OFFLINE and the screen keeps its draft.
 */

export interface ServerPin {
  /** https://host:port/ */
  address: string;
  /** The server certificate (PEM) and its SHA-256 fingerprint, kept since pairing. */
  certificate: string;
  fingerprint: string;
}

export class PinMismatchError extends Error {
  override readonly name = 'PinMismatchError';
}

export const PIN_MISMATCH =
  'El equipo que responde en esa dirección no es el servidor de la oficina con el que se vinculó este puesto (su certificado es otro). ' +
  'No se envió nada. Avise al administrador.';

const CALL_TIMEOUT_MS = 60_000;

export function pinnedAgent(pin: Pick<ServerPin, 'certificate' | 'fingerprint'>, keepAlive = true): Agent {
  return new Agent({
    keepAlive,
    maxSockets: 16,
    minVersion: 'TLSv1.3',
    maxVersion: 'TLSv1.3',
    ca: pin.certificate,
    // The office server is reached by an IP or a local name the certificate cannot list: the
    // pinned fingerprint is its identity.
    checkServerIdentity: (_host: string, cert: PeerCertificate) =>
      cert.fingerprint256 === pin.fingerprint ? undefined : new PinMismatchError(PIN_MISMATCH),
  });
}

export interface HttpAnswer {
  status: number;
  body: unknown;
}

/** Whether the request may have reached the server: after that, only a harmless call is repeated. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly sent: boolean,
    readonly pinMismatch = false,
  ) {
    super(message);
  }
}

function isPinFailure(error: unknown): boolean {
  if (error instanceof PinMismatchError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT/.test(code);
}

/** One POST of JSON to the server, through the pinned agent. */
export function postJson(
  agent: Agent,
  address: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    let sent = false;
    const req = request(
      new URL(path, address),
      {
        method: 'POST',
        agent,
        timeout: CALL_TIMEOUT_MS,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(new TransportError(error.message, true)));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch {
            reject(new TransportError('respuesta ilegible', true));
          }
        });
      },
    );
    req.on('socket', (socket: TLSSocket) => {
      // Nothing leaves before the handshake (and its pin check) is done. A kept-alive socket has
      // done it: waiting there for a handshake that never comes again would pile up a listener
      // (and this request with it) on the connection at every call.
      if (!socket.connecting && socket.encrypted) sent = true;
      else socket.once('secureConnect', () => (sent = true));
    });
    req.on('timeout', () => req.destroy(new TransportError('tiempo agotado', true)));
    req.on('error', (error) => {
      if (error instanceof TransportError) return reject(error);
      reject(new TransportError(error.message, sent, isPinFailure(error)));
    });
    req.end(text);
  });
}

/** The server's certificate as it presents it now (first contact, before pinning). */
export function presentedCertificate(address: string): Promise<{ certificate: string; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(address);
    const agent = new Agent({ keepAlive: false, rejectUnauthorized: false, minVersion: 'TLSv1.3' });
    const req = request({ host: url.hostname, port: url.port || 443, method: 'HEAD', path: '/', agent, timeout: 5_000 });
    req.on('socket', (socket: TLSSocket) => {
      socket.once('secureConnect', () => {
        const raw = socket.getPeerCertificate(true).raw;
        const pem = `-----BEGIN CERTIFICATE-----\n${raw.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
        resolve({ certificate: pem.replace('\n\n', '\n'), fingerprint: new X509Certificate(raw).fingerprint256 });
        req.destroy();
      });
    });
    req.on('timeout', () => req.destroy(new Error('tiempo agotado')));
    req.on('error', reject);
    req.end();
  });
}

const procedures = contract as Record<string, Procedure>;

/** Repeating it cannot do a thing twice: a query, or a mutation whose request key makes a retry its first answer. */
export function harmlessToRepeat(name: string, input: unknown): boolean {
  const procedure = Object.hasOwn(procedures, name) ? procedures[name] : undefined;
  if (!procedure) return false;
  if (!procedure.mutates) return true;
  const key = (input as { requestKey?: unknown } | null)?.requestKey;
  return typeof key === 'string' && key.length > 0;
}

export interface RemoteOptions {
  pin: ServerPin;
  key: string;
  /** How long a harmless call keeps trying to reach the server before answering OFFLINE. */
  retryForMs?: number;
  log?: (message: string, error: unknown) => void;
  /** Told when the server is reached or lost (the banner). */
  onReachable?: (reachable: boolean) => void;
}

const offline = (message = OFFLINE_MESSAGE): Result<never> => ({ ok: false, error: { code: 'OFFLINE', message } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every call of this puesto, forwarded to the office server. */
export function createRemoteInvoke(options: RemoteOptions): Invoke & { close(): void } {
  const agent = pinnedAgent(options.pin);
  const retryForMs = options.retryForMs ?? 10_000;
  const headers = { [PUESTO_KEY_HEADER]: options.key };
  const invoke = async (session: string | null, name: string, input: unknown): Promise<Result<unknown>> => {
    const started = Date.now();
    const harmless = harmlessToRepeat(name, input);
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await postJson(agent, options.pin.address, PUESTO_INVOKE_PATH, { name, input, session }, headers);
        options.onReachable?.(true);
        return answer.body as Result<unknown>;
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        if (error.pinMismatch) return offline(PIN_MISMATCH);
        options.onReachable?.(false);
        const mayRepeat = !error.sent || harmless;
        if (!mayRepeat || Date.now() - started >= retryForMs) {
          options.log?.(`${name}: sin conexión con el servidor de la oficina`, error);
          return offline(
            mayRepeat
              ? OFFLINE_MESSAGE
              : `${OFFLINE_MESSAGE}. No se sabe si «${name}» alcanzó a hacerse: revíselo antes de repetirlo.`,
          );
        }
        await sleep(Math.min(2_000, 150 * 2 ** attempt));
      }
    }
  };
  return Object.assign(invoke, { close: () => agent.destroy() });
}
