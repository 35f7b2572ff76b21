import { describe, expect, it, vi } from 'vitest';
import { HTTP_INVOKE_PATH, TOKEN_HEADER } from '../../../electron/shared/bridge';
import { httpTransport } from './transport';

/** A fetch that answers each request with `answer(parsed body)`, and records the bodies. */
function fakeFetch(answer: (body: unknown) => unknown) {
  const bodies: unknown[] = [];
  const send = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as unknown;
    bodies.push(body);
    return new Response(JSON.stringify(answer(body)));
  });
  return { send: send as unknown as typeof fetch, bodies, fetchSpy: send };
}

const envelope = (name: string) => ({ name, input: { code: name }, session: 's' });
const echo = (body: unknown) => (Array.isArray(body) ? body.map((e: { name: string }) => ({ ok: true, data: e.name })) : { ok: true, data: (body as { name: string }).name });

describe('httpTransport', () => {
  it('sends the calls of one moment together, with the token, and answers each its own', async () => {
    const { send, bodies, fetchSpy } = fakeFetch(echo);
    const transport = httpTransport('tok', send);
    const answers = await Promise.all(['a.view', 'b.list', 'c.list'].map((n) => transport(envelope(n))));
    expect(answers).toEqual([
      { ok: true, data: 'a.view' },
      { ok: true, data: 'b.list' },
      { ok: true, data: 'c.list' },
    ]);
    expect(bodies).toEqual([[envelope('a.view'), envelope('b.list'), envelope('c.list')]]);
    expect(fetchSpy.mock.calls[0]?.[0]).toBe(HTTP_INVOKE_PATH);
    expect((fetchSpy.mock.calls[0]?.[1]?.headers as Record<string, string>)[TOKEN_HEADER]).toBe('tok');
  });

  it('sends a call alone as a plain envelope, and calls of later moments apart', async () => {
    const { send, bodies } = fakeFetch(echo);
    const transport = httpTransport('tok', send);
    expect(await transport(envelope('a.view'))).toEqual({ ok: true, data: 'a.view' });
    expect(await transport(envelope('b.list'))).toEqual({ ok: true, data: 'b.list' });
    expect(bodies).toEqual([envelope('a.view'), envelope('b.list')]);
  });

  it('a big call (photos) travels alone; more than 16 calls go in several requests', async () => {
    const { send, bodies } = fakeFetch(echo);
    const transport = httpTransport('tok', send);
    const photo = { name: 'fieldwork.report', input: { photo: 'x'.repeat(70_000) }, session: 's' };
    const names = Array.from({ length: 17 }, (_, i) => `p.${i}`);
    const answers = await Promise.all([transport(photo), ...names.map((n) => transport(envelope(n)))]);
    expect(answers.slice(1)).toEqual(names.map((n) => ({ ok: true, data: n })));
    expect(bodies.map((b) => (Array.isArray(b) ? b.length : 'alone'))).toEqual(['alone', 16, 'alone']);
  });

  it('a refusal of the whole request (not one answer per call) is every call’s answer; a network failure rejects each', async () => {
    const refusal = { ok: false, error: { code: 'VALIDATION', message: 'La solicitud es demasiado grande.' } };
    const refused = httpTransport('tok', fakeFetch(() => refusal).send);
    expect(await Promise.all([refused(envelope('a')), refused(envelope('b'))])).toEqual([refusal, refusal]);

    const down = httpTransport('tok', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    const settled = await Promise.allSettled([down(envelope('a')), down(envelope('b'))]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });
});
