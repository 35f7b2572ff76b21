import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Invoke } from '../printing/invoker';
import { HTTP_INVOKE_PATH, TOKEN_HEADER } from '../shared/bridge';
import { type HttpBridge, MAX_BATCH, MAX_BODY_BYTES, startHttpBridge } from './http';

const SECRET = 'contenido-secreto-fuera-de-la-interfaz';
const INDEX = `<!doctype html><html><head>
<meta name="ventanilla-nonce" content="__VENTANILLA_NONCE__">
<meta name="ventanilla-token" content="__VENTANILLA_TOKEN__">
<script type="module" nonce="__VENTANILLA_NONCE__" src="./assets/app.js"></script>
</head><body><div id="root"></div></body></html>`;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let folder: string;
let bridge: HttpBridge;
let calls: { session: string | null; name: string; input: unknown }[] = [];

const invoker: Invoke = async (session, name, input) => {
  calls.push({ session, name, input });
  return { ok: true, data: { received: name } };
};

/** Raw requests: fetch would normalise "/../" and refuses to set Host. */
function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${bridge.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function invoke(body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send({
    method: 'POST',
    path: HTTP_INVOKE_PATH,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function errorOf(reply: Reply): { code: string; message: string } {
  const parsed = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
  expect(parsed.ok).toBe(false);
  expect(parsed.error.message.length).toBeGreaterThan(5);
  return parsed.error;
}

function metaContent(html: string, name: string): string | undefined {
  return new RegExp(`<meta name="${name}" content="([^"]*)">`).exec(html)?.[1];
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-http-'));
  const rendererDir = path.join(folder, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("ventanilla");');
  writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{margin:0}');
  writeFileSync(path.join(folder, 'secret.txt'), SECRET);
  symlinkSync(path.join(folder, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  bridge = await startHttpBridge({ invoke: invoker, rendererDir, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await bridge.close();
  rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  calls = [];
});

describe('loopback bridge: calls', () => {
  it('listens on 127.0.0.1 with a long random token', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(bridge.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('forwards a valid call to the invoker and answers its Result', async () => {
    const reply = await invoke({ name: 'auth.session', input: { a: 1 }, session: 's-1' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('application/json');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { received: 'auth.session' } });
    expect(calls).toEqual([{ session: 's-1', name: 'auth.session', input: { a: 1 } }]);
  });

  it('refuses a call without the token or with another one', async () => {
    const missing = await send({
      method: 'POST',
      path: HTTP_INVOKE_PATH,
      body: JSON.stringify({ name: 'auth.session', input: {}, session: null }),
    });
    expect(missing.status).toBe(403);
    expect(errorOf(missing).code).toBe('FORBIDDEN');
    const wrong = await invoke({ name: 'auth.session', input: {}, session: null }, { [TOKEN_HEADER]: 'a'.repeat(64) });
    expect(wrong.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('refuses another Host (DNS rebinding), even for the page that holds the token', async () => {
    const call = await invoke({ name: 'auth.session', input: {}, session: null }, { host: `evil.example:${bridge.port}` });
    expect(call.status).toBe(403);
    const page = await send({ path: '/', headers: { host: `evil.example:${bridge.port}` } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(bridge.token);
    const otherPort = await send({ path: '/', headers: { host: `127.0.0.1:${bridge.port + 1}` } });
    expect(otherPort.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('accepts localhost as Host and its own Origin, refuses a foreign Origin', async () => {
    const local = await invoke(
      { name: 'a.b', input: null, session: null },
      { host: `localhost:${bridge.port}`, origin: `http://localhost:${bridge.port}` },
    );
    expect(local.status).toBe(200);
    const same = await invoke({ name: 'a.b', input: null, session: null }, { origin: `http://127.0.0.1:${bridge.port}` });
    expect(same.status).toBe(200);
    const foreign = await invoke({ name: 'a.b', input: null, session: null }, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(errorOf(foreign).code).toBe('FORBIDDEN');
    const opaque = await invoke({ name: 'a.b', input: null, session: null }, { origin: 'null' });
    expect(opaque.status).toBe(403);
    expect(calls).toHaveLength(2);
  });

  it('refuses a body over 2 MB, a print too: it names its document, it carries none', async () => {
    const big = JSON.stringify({ name: 'a.b', input: 'x'.repeat(MAX_BODY_BYTES), session: null });
    const reply = await invoke(big);
    expect(reply.status).toBe(413);
    expect(errorOf(reply)).toMatchObject({ code: 'VALIDATION', message: 'La solicitud es demasiado grande (máximo 2 MB).' });
    expect(calls).toEqual([]);

    const html = 'x'.repeat(3 * 1024 * 1024);
    const print = await invoke({ name: 'print.document', input: { type: 'FACTURA', number: 'FAC-2026-000001', html }, session: 's' });
    expect(print.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('refuses bad JSON and envelopes of the wrong shape with 400', async () => {
    for (const body of [
      '{"name":',
      '[]',
      '"auth.session"',
      JSON.stringify({ input: {} }),
      JSON.stringify({ name: 5, input: {} }),
      JSON.stringify({ name: 'a.b', session: 7 }),
    ]) {
      const reply = await invoke(body);
      expect(reply.status, body).toBe(400);
      expect(errorOf(reply).code).toBe('VALIDATION');
    }
    expect(calls).toEqual([]);
  });

  it('answers a batch in order, each call as if alone', async () => {
    const reply = await invoke([
      { name: 'subscribers.view', input: { code: '1' }, session: 's-1' },
      { name: 'invoices.bySubscriber', input: { code: '1' }, session: 's-1' },
      { name: 'pqr.bySubscriber', input: { code: '1' }, session: null },
    ]);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual([
      { ok: true, data: { received: 'subscribers.view' } },
      { ok: true, data: { received: 'invoices.bySubscriber' } },
      { ok: true, data: { received: 'pqr.bySubscriber' } },
    ]);
    expect(calls.map((c) => [c.name, c.session])).toEqual([
      ['subscribers.view', 's-1'],
      ['invoices.bySubscriber', 's-1'],
      ['pqr.bySubscriber', null],
    ]);
  });

  it('refuses a whole batch with one bad envelope, too many calls or over 2 MB, calling nothing', async () => {
    const good = { name: 'auth.session', input: {}, session: null };
    const bad = await invoke([good, { name: 7 }]);
    expect(bad.status).toBe(400);
    expect(errorOf(bad).code).toBe('VALIDATION');
    const many = await invoke(Array.from({ length: MAX_BATCH + 1 }, () => good));
    expect(many.status).toBe(400);
    expect(errorOf(many).message).toMatch(/de 1 a 16 llamadas/);
    const big = await invoke([good, { name: 'fieldwork.report', input: { photo: 'x'.repeat(MAX_BODY_BYTES) }, session: null }]);
    expect(big.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('answers GET on the call path with 405', async () => {
    const reply = await send({ path: HTTP_INVOKE_PATH, headers: { [TOKEN_HEADER]: bridge.token } });
    expect(reply.status).toBe(405);
    errorOf(reply);
  });

  it('is not reachable from the network, only from loopback', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return;
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: external.address, port: bridge.port, path: '/', timeout: 2000 }, () => resolve('answered'));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      req.on('timeout', () => {
        req.destroy();
        resolve('timeout');
      });
      req.end();
    });
    expect(outcome).not.toBe('answered');
  });
});

describe('loopback bridge: the renderer files', () => {
  it('serves index.html with a fresh nonce per load, bound to the CSP header, and the token', async () => {
    const first = await send({ path: '/' });
    const second = await send({ path: '/' });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    const nonce = metaContent(first.body, 'ventanilla-nonce');
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.body).toContain(`<script type="module" nonce="${nonce}"`);
    expect(first.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
    expect(first.headers['content-security-policy']).toContain("object-src 'none'");
    expect(metaContent(first.body, 'ventanilla-token')).toBe(bridge.token);
    expect(first.body).not.toContain('__VENTANILLA_');
    expect(metaContent(second.body, 'ventanilla-nonce')).not.toBe(nonce);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content type and index.html for the SPA routes', async () => {
    const js = await send({ path: '/assets/app.js?v=1' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain('ventanilla');
    expect((await send({ path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    const route = await send({ path: '/recaudo/abono' });
    expect(route.status).toBe(200);
    expect(metaContent(route.body, 'ventanilla-token')).toBe(bridge.token);
    const missing = await send({ path: '/assets/nada.js' });
    expect(missing.status).toBe(404);
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
      '/%00',
    ]) {
      const reply = await send({ path: attempt });
      expect(reply.status, attempt).toBe(403);
      expect(reply.body).not.toContain(SECRET);
      errorOf(reply);
    }
  });

  it('answers other methods on files with 405', async () => {
    const reply = await send({ method: 'DELETE', path: '/index.html' });
    expect(reply.status).toBe(405);
  });
});
