import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Invoke } from '../printing/invoker';
import { HTTP_INVOKE_PATH, TOKEN_HEADER } from '../shared/bridge';
import { MAX_BODY_BYTES, Rejection, answerCalls, answerFailure } from './calls';
import { assetHeaders, renderIndexPage, resolveStatic } from './static-files';

/**
 * Browser mode: the renderer talks to core over a loopback HTTP bridge instead of IPC.
 * Anything else on this computer (another user's browser tab, a malicious page using DNS
 * rebinding) can reach 127.0.0.1 too, so every call must carry the per-start token that only
 * our own index.html receives, and Host/Origin must be ours.
 */

export { MAX_BATCH, MAX_BODY_BYTES } from './calls';

export interface HttpBridgeOptions {
  /** Every procedure: dispatch, and print.* through the print service. */
  invoke: Invoke;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks any free port. */
  port: number;
  /** Only loopback: the bridge must never be reachable from the office network. */
  host?: '127.0.0.1';
  maxBodyBytes?: number;
  log?: (message: string, error: unknown) => void;
}

export interface HttpBridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameToken(received: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof received !== 'string') return false;
  const given = Buffer.from(received, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const host = options.host ?? '127.0.0.1';
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = options.log ?? ((message, error) => console.error(`[ventanilla] ${message}`, error));
  const token = randomBytes(32).toString('hex');
  const tokenBytes = Buffer.from(token, 'utf8');
  let port = 0;

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') throw new Rejection(405, 'VALIDATION', 'Use POST para llamar a Ventanilla.', { Allow: 'POST' });
    if (!sameToken(req.headers[TOKEN_HEADER], tokenBytes)) {
      throw new Rejection(
        403,
        'FORBIDDEN',
        'La solicitud no trae la credencial de esta ejecución de Ventanilla. Recargue la página.',
      );
    }
    await answerCalls(req, res, options.invoke, limit);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new Rejection(405, 'VALIDATION', 'Método no permitido.', { Allow: 'GET, HEAD' });
    }
    const target = await resolveStatic(options.rendererDir, urlPath);
    if (target.kind === 'forbidden') throw new Rejection(403, 'FORBIDDEN', 'Ruta no permitida.');
    if (target.kind === 'not-found') throw new Rejection(404, 'NOT_FOUND', 'No se encontró el archivo solicitado.');
    if (target.kind === 'index') {
      const page = await renderIndexPage(options.rendererDir, token);
      res.writeHead(200, { ...page.headers, 'Content-Length': Buffer.byteLength(page.body) });
      res.end(page.body);
      return;
    }
    const content = await readFile(target.file);
    res.writeHead(200, { ...assetHeaders(target.contentType), 'Content-Length': content.length });
    res.end(content);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends its own Host.
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      throw new Rejection(403, 'FORBIDDEN', `Dirección no permitida. Abra Ventanilla en http://127.0.0.1:${port}/.`);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) {
      throw new Rejection(403, 'FORBIDDEN', 'Origen no permitido: solo las páginas de Ventanilla pueden llamarla.');
    }
    const rawUrl = req.url ?? '/';
    if (!rawUrl.startsWith('/')) throw new Rejection(400, 'VALIDATION', 'Ruta de solicitud no válida.');
    // The raw path, not a URL-normalised one: "/../" must be refused, not silently rewritten.
    const urlPath = rawUrl.split(/[?#]/, 1)[0] ?? '/';
    if (urlPath === HTTP_INVOKE_PATH) await invoke(req, res);
    else await serveStatic(req, res, urlPath);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => answerFailure(res, error, log, 'el servidor local'));
  });
  // Requests are small JSON calls; slow-drip clients must not hold sockets forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
