import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Server, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Result } from '../core/contract';
import type { Dispatch } from '../core/dispatch';
import { Rejection, answerCalls, answerFailure, parseJson, readBody, sendJson } from '../transports/calls';
import type { ServerIdentity } from './certificate';
import { PAIR_PATH, PUESTO_KEY_HEADER, PUESTO_INVOKE_PATH } from './protocol';

/**
 * The servidor de la oficina: the same contract as the window's, over HTTPS (TLS 1.3 only) on
 * the office network, for paired puestos. Every call carries the puesto's key, checked against
 * the database on every request (a revoked puesto stops at once); the call then runs as that
 * puesto, so its sessions, cash sessions and audit rows are the puesto's.
 */

/** A call forwarded for the named puesto (its workstation name). */
export type PuestoInvoke = (
  workstation: string,
  session: string | null,
  name: string,
  input: unknown,
) => Promise<Result<unknown>>;

export interface OfficeServerOptions {
  identity: ServerIdentity;
  /** For pairing and recognising puestos (internal procedures). */
  dispatch: Dispatch;
  invoke: PuestoInvoke;
  port: number;
  /** Where to listen: every interface of the office network by default. */
  host?: string;
  log: (message: string, error: unknown) => void;
}

export interface OfficeServer {
  port: number;
  close(): Promise<void>;
}

const PAIR_BODY_BYTES = 4 * 1024;

const addressOf = (req: IncomingMessage): string => (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');

export async function startOfficeServer(options: OfficeServerOptions): Promise<OfficeServer> {
  const { dispatch, log } = options;

  async function pair(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = parseJson(await readBody(req, PAIR_BODY_BYTES));
    const code = (body as { code?: unknown } | null)?.code;
    sendJson(res, 200, dispatch(null, 'puestos.pair', { code, address: addressOf(req) }, { internal: true }));
  }

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = req.headers[PUESTO_KEY_HEADER];
    const recognized = dispatch(
      null,
      'puestos.recognize',
      { key: typeof key === 'string' ? key : '', address: addressOf(req) },
      { internal: true },
    );
    if (!recognized.ok) {
      const unpaired = recognized.error.code === 'UNPAIRED' || recognized.error.code === 'VALIDATION';
      if (unpaired) throw new Rejection(401, 'UNPAIRED', recognized.error.message);
      throw new Rejection(503, recognized.error.code, recognized.error.message);
    }
    const { name } = recognized.data as { name: string };
    await answerCalls(req, res, (session, procedure, input) => options.invoke(name, session, procedure, input));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST')
      throw new Rejection(405, 'VALIDATION', 'Use POST para llamar al servidor de la oficina.', { Allow: 'POST' });
    const urlPath = (req.url ?? '/').split(/[?#]/, 1)[0];
    if (urlPath === PUESTO_INVOKE_PATH) await invoke(req, res);
    else if (urlPath === PAIR_PATH) await pair(req, res);
    else throw new Rejection(404, 'NOT_FOUND', 'El servidor de la oficina no atiende esa dirección.');
  }

  const server: Server = createServer(
    { cert: options.identity.cert, key: options.identity.key, minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' },
    (req, res) => {
      handle(req, res).catch((error: unknown) => answerFailure(res, error, log, 'el servidor de la oficina'));
    },
  );
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  // Puestos keep their connection open between calls; an idle one is closed after a while.
  server.keepAliveTimeout = 65_000;
  server.on('tlsClientError', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
