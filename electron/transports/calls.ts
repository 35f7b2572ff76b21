import type { IncomingMessage, ServerResponse } from 'node:http';
import { FILE_PROCEDURES, MAX_REPORT_BODY_BYTES } from '../core/contract/fieldwork.contract';
import type { ErrorCode } from '../core/errors';
import type { Invoke } from '../printing/invoker';
import type { InvokeEnvelope } from '../shared/bridge';
import { COMMON_HEADERS } from './static-files';
import { BAD_ENVELOPE_MESSAGE, parseEnvelope } from './envelope';

/**
 * Calls over HTTP, shared by the loopback bridge (browser mode) and the office server (puestos
 * over TLS): the body is one envelope `{ name, input, session }` or a batch of them, each answered
 * exactly as if it came alone, in order.
 */

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** The most calls one request may carry (a screen's reads of one moment are a handful). */
export const MAX_BATCH = 16;
const BAD_BATCH_MESSAGE = `Un lote de llamadas lleva de 1 a ${MAX_BATCH} llamadas.`;

/** A refusal before any procedure ran: its HTTP status and the Spanish answer. */
export class Rejection extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
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

const tooLarge = (limit: number) =>
  new Rejection(413, 'VALIDATION', `La solicitud es demasiado grande (máximo ${limit / (1024 * 1024)} MB).`, {
    Connection: 'close',
  });

/** Reads the body, refusing it as soon as it is known to be too large. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
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

/** A JSON body, or a Spanish refusal. */
export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new Rejection(400, 'VALIDATION', 'La solicitud no es JSON válido.');
  }
}

/** Answers the call (or batch of calls) in the request's body; `limit` holds each call but a field report's. */
export async function answerCalls(
  req: IncomingMessage,
  res: ServerResponse,
  invoke: Invoke,
  limit = MAX_BODY_BYTES,
): Promise<void> {
  // A field report carries its photos (contract: how many and how big).
  const fileLimit = Math.max(limit, MAX_REPORT_BODY_BYTES);
  const limitOf = (name: string) => (FILE_PROCEDURES.includes(name) ? fileLimit : limit);
  // The name is inside the body: read up to the largest limit, then hold each call to its own.
  const body = await readBody(req, fileLimit);
  const parsed = parseJson(body);
  if (Array.isArray(parsed)) {
    sendJson(res, 200, await invokeBatch(invoke, parsed, body.length, limit));
    return;
  }
  const envelope = parseEnvelope(parsed);
  if (!envelope) throw new Rejection(400, 'VALIDATION', BAD_ENVELOPE_MESSAGE);
  if (body.length > limitOf(envelope.name)) throw tooLarge(limitOf(envelope.name));
  sendJson(res, 200, await invoke(envelope.session, envelope.name, envelope.input));
}

/**
 * The calls a screen makes at one moment (código + Enter: the subscriber, its facturas, its
 * trámites), in one request. Only small calls travel together; one envelope of the wrong shape
 * refuses the whole batch.
 */
async function invokeBatch(invoke: Invoke, items: unknown[], size: number, limit: number): Promise<unknown[]> {
  if (items.length === 0 || items.length > MAX_BATCH) throw new Rejection(400, 'VALIDATION', BAD_BATCH_MESSAGE);
  if (size > limit) throw tooLarge(limit);
  const envelopes = items.map(parseEnvelope);
  if (envelopes.some((e) => e === null)) throw new Rejection(400, 'VALIDATION', BAD_ENVELOPE_MESSAGE);
  const answers: unknown[] = [];
  for (const envelope of envelopes as InvokeEnvelope[]) {
    answers.push(await invoke(envelope.session, envelope.name, envelope.input));
  }
  return answers;
}

/** The request handler's catch: a Rejection as its answer, anything else logged and answered in Spanish. */
export function answerFailure(
  res: ServerResponse,
  error: unknown,
  log: (message: string, error: unknown) => void,
  where: string,
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof Rejection) {
    sendJson(res, error.status, { ok: false, error: { code: error.code, message: error.message } }, error.headers);
    return;
  }
  log(`${where}: error inesperado`, error);
  sendJson(res, 500, {
    ok: false,
    error: { code: 'INTERNAL', message: `Ocurrió un error inesperado en ${where} de Ventanilla.` },
  });
}
