import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FILE_PROCEDURES, MAX_REPORT_BODY_BYTES } from '../core/contract/fieldwork.contract';
import type { ErrorCode } from '../core/errors';
import type { Invoke } from '../printing/invoker';
import { HTTP_INVOKE_PATH, type InvokeEnvelope, TOKEN_HEADER } from '../shared/bridge';
import { BAD_ENVELOPE_MESSAGE, parseEnvelope } from './envelope';
import { COMMON_HEADERS, assetHeaders, renderIndexPage, resolveStatic } from './static-files';

/**
 * Browser mode: the renderer talks to core over a loopback HTTP bridge instead of IPC.
 * Anything else on this computer (another user's browser tab, a malicious page using DNS
 * rebinding) can reach 127.0.0.1 too, so every call must carry the per-start token that only
 * our own index.html receives, and Host/Origin must be ours.
 */

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** The most calls one request may carry (a screen's reads of one moment are a handful). */
export const MAX_BATCH = 16;
const BAD_BATCH_MESSAGE = `Un lote de llamadas lleva de 1 a ${MAX_BATCH} llamadas.`;

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

class Rejection extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function sameToken(received: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof received !== 'string') return false;
  const given = Buffer.from(received, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const tooLarge = (limit: number) =>
  new Rejection(413, 'VALIDATION', `La solicitud es demasiado grande (máximo ${limit / (1024 * 1024)} MB).`, {
    Connection: 'close',
  });

/** Reads the body, refusing it as soon as it is known to be too large. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const host = options.host ?? '127.0.0.1';
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  // A field report carries its photos (contract: how many and how big).
  const fileLimit = Math.max(limit, MAX_REPORT_BODY_BYTES);
  const limitOf = (name: string) => (FILE_PROCEDURES.includes(name) ? fileLimit : limit);
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
    // The name is inside the body: read up to the largest limit, then hold each call to its own.
    const body = await readBody(req, fileLimit);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new Rejection(400, 'VALIDATION', 'La solicitud no es JSON válido.');
    }
    if (Array.isArray(parsed)) {
      sendJson(res, 200, await invokeBatch(parsed, body.length));
      return;
    }
    const envelope = parseEnvelope(parsed);
    if (!envelope) throw new Rejection(400, 'VALIDATION', BAD_ENVELOPE_MESSAGE);
    if (body.length > limitOf(envelope.name)) throw tooLarge(limitOf(envelope.name));
    sendJson(res, 200, await options.invoke(envelope.session, envelope.name, envelope.input));
  }

  /**
   * The calls a screen makes at one moment (código + Enter: the subscriber, its facturas, its
   * trámites), in one request: each one is answered exactly as if it came alone, in order. Only
   * small calls travel together; one envelope of the wrong shape refuses the whole batch.
   */
  async function invokeBatch(items: unknown[], size: number): Promise<unknown[]> {
    if (items.length === 0 || items.length > MAX_BATCH) throw new Rejection(400, 'VALIDATION', BAD_BATCH_MESSAGE);
    if (size > limit) throw tooLarge(limit);
    const envelopes = items.map(parseEnvelope);
    if (envelopes.some((e) => e === null)) throw new Rejection(400, 'VALIDATION', BAD_ENVELOPE_MESSAGE);
    const answers: unknown[] = [];
    for (const envelope of envelopes as InvokeEnvelope[]) {
      answers.push(await options.invoke(envelope.session, envelope.name, envelope.input));
    }
    return answers;
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
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof Rejection) {
        sendJson(res, error.status, { ok: false, error: { code: error.code, message: error.message } }, error.headers);
        return;
      }
      log('puente HTTP: error inesperado', error);
      sendJson(res, 500, {
        ok: false,
        error: { code: 'INTERNAL', message: 'Ocurrió un error inesperado en el servidor local de Ventanilla.' },
      });
    });
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
