import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Host, ensureRenderer, startHost } from '../../e2e/host';
import { OWNED_ELSEWHERE } from './owner-lock';
import { PUESTO_INVOKE_PATH, PUESTO_KEY_HEADER } from './protocol';
import { PIN_MISMATCH, pinnedAgent, postJson, presentedCertificate } from './remote';
import { type Puesto, type ServerDesk, freePort, must, pair, serverDesk, startServer } from './office.test-support';

/**
 * Who the office server answers, with real processes on loopback: only its paired puestos (a
 * revoked one or an unknown key is refused), only one server per database file, a session only
 * on the puesto it was opened on, and a puesto sends nothing to a computer that took the
 * server's address without its certificate.
 */

const OTHER_PUESTO = 'Esa sesión se abrió en otro puesto. Ingrese en este puesto con su usuario y contraseña.';

let port = 0;
let server: Host;
let desk: ServerDesk;
let a: Puesto;
let b: Puesto;
const hosts: Host[] = [];

describe('the office server on the network', () => {
  beforeAll(async () => {
    await ensureRenderer();
    port = await freePort();
    const started = await Promise.all([
      startServer(port),
      startHost({ demo: true, subscribers: 20 }),
      startHost({ demo: true, subscribers: 20 }),
    ]);
    hosts.push(...started);
    server = started[0]!;
    desk = await serverDesk(server, port);
    a = await pair(desk, started[1]!, 'CAJA-01');
    b = await pair(desk, started[2]!, 'ASESOR-01');
  });

  afterAll(async () => {
    await Promise.allSettled(hosts.map((h) => h.stop()));
  });

  it('lets no second server open its database file, and goes on working', async () => {
    const second = startServer(await freePort(), { dir: server.dir });
    await expect(second).rejects.toThrow(OWNED_ELSEWHERE(server.dbFile));
    await expect(second).rejects.toThrow('(código 2)');
    const cajero = await a.client.login('cajero', 'Cajero2026');
    expect(must(await a.client.call<{ workstation: string }>('auth.session', {}, cajero), 'auth.session').workstation).toBe(
      'CAJA-01',
    );
    expect(
      must(await desk.client.call<{ puestos: unknown[] }>('puestos.list', {}, desk.admin), 'puestos.list').puestos,
    ).toHaveLength(2);
  });

  it('takes a session only on the puesto it was opened on', async () => {
    const cajero = await a.client.login('cajero', 'Cajero2026');
    for (const elsewhere of [b.client, desk.client]) {
      expect(await elsewhere.call('cash.current', {}, cajero)).toEqual({
        ok: false,
        error: { code: 'SESSION_REQUIRED', message: OTHER_PUESTO },
      });
    }
    // Refused elsewhere, the session is still good where it belongs.
    expect((await a.client.call('cash.current', {}, cajero)).ok).toBe(true);
  });

  it('refuses an unknown key, and a puesto once it is revoked', async () => {
    const address = `https://127.0.0.1:${port}/`;
    const agent = pinnedAgent(await presentedCertificate(address), false);
    const call = { name: 'auth.login', input: { username: 'cajero', password: 'Cajero2026' }, session: null };
    const unknownKey: Record<string, string> = { [PUESTO_KEY_HEADER]: randomBytes(32).toString('base64url') };
    for (const headers of [unknownKey, {}]) {
      const answer = await postJson(agent, address, PUESTO_INVOKE_PATH, call, headers);
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNPAIRED' } });
    }
    agent.destroy();

    const asesor = await b.client.login('asesor', 'Asesor2026');
    const revoked = must(
      await desk.client.call<{ sessionsEnded: number }>('puestos.revoke', { id: b.id }, desk.admin),
      'puestos.revoke',
    );
    expect(revoked.sessionsEnded).toBeGreaterThanOrEqual(1);
    for (const [name, input, session] of [
      ['subscribers.byCode', { code: '100001' }, asesor],
      ['auth.login', { username: 'asesor', password: 'Asesor2026' }, null],
    ] as const) {
      expect(await b.client.call(name, input, session)).toMatchObject({ ok: false, error: { code: 'UNPAIRED' } });
    }
    // The other puesto goes on.
    const cajero = await a.client.login('cajero', 'Cajero2026');
    expect((await a.client.call('cash.current', {}, cajero)).ok).toBe(true);
  });

  it('sends nothing to another server that took the address: the puesto answers OFFLINE and says why', async () => {
    await server.stop();
    const impostor = await startServer(port);
    hosts.push(impostor);
    expect(await a.client.call('auth.login', { username: 'cajero', password: 'Cajero2026' })).toEqual({
      ok: false,
      error: { code: 'OFFLINE', message: PIN_MISMATCH },
    });
    const db = new Database(impostor.dbFile, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM user_sessions').pluck().get(), 'the impostor got no login').toBe(0);
      expect(
        db.prepare("SELECT count(*) FROM audit WHERE procedure = 'auth.login' OR workstation = 'CAJA-01'").pluck().get(),
      ).toBe(0);
    } finally {
      db.close();
    }
  });
});
