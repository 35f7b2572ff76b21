import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:tls';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, testOffice } from '../../db/testing';
import { serverIdentity } from './certificate';
import { type OfficeServer, startOfficeServer } from './office-server';
import { PAIR_PATH, PUESTO_INVOKE_PATH, PUESTO_KEY_HEADER } from './protocol';
import { PIN_MISMATCH, createRemoteInvoke, pinnedAgent, postJson, presentedCertificate } from './remote';

/** The office server and a puesto's pinned road to it, in one process on loopback. */

const folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-servidor-'));
const office = testOffice();
let server: OfficeServer;
let address: string;

beforeAll(async () => {
  server = await startOfficeServer({
    identity: await serverIdentity(path.join(folder, 'tls')),
    dispatch: office.dispatch,
    invoke: async (workstation, session, name, input) => office.dispatch(session, name, input, { workstation }),
    port: 0,
    host: '127.0.0.1',
    log: () => undefined,
  });
  address = `https://127.0.0.1:${server.port}/`;
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

async function pairedPuesto(name: string) {
  const admin = office.login('admin');
  const { code } = ok(office.call(admin, 'puestos.create', { name }));
  const pin = { address, ...(await presentedCertificate(address)) };
  const answer = await postJson(pinnedAgent(pin, false), address, PAIR_PATH, { code });
  const { key } = (answer.body as { data: { key: string } }).data;
  return { pin, key };
}

describe('the office server', () => {
  it('pairs a puesto, whose calls then run as that puesto', async () => {
    const { pin, key } = await pairedPuesto('CAJA-01');
    const remote = createRemoteInvoke({ pin, key });
    const login = await remote(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' });
    expect(login).toMatchObject({ ok: true, data: { workstation: 'CAJA-01', user: { username: 'cajero' } } });
    remote.close();
  });

  it('refuses a call without a known key, and answers over TLS 1.3 only', async () => {
    const answer = await postJson(
      pinnedAgent({ ...(await presentedCertificate(address)) }, false),
      address,
      PUESTO_INVOKE_PATH,
      {
        name: 'auth.session',
        input: {},
        session: null,
      },
      { [PUESTO_KEY_HEADER]: 'desconocida' },
    );
    expect(answer).toMatchObject({ status: 401, body: { ok: false, error: { code: 'UNPAIRED' } } });

    const tls12 = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: server.port, maxVersion: 'TLSv1.2', rejectUnauthorized: false });
      socket.on('secureConnect', () => resolve('conectado'));
      socket.on('error', (error) => resolve(error.message));
    });
    expect(tls12).not.toBe('conectado');

    const plain = await new Promise<string>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port: server.port, method: 'POST', path: PUESTO_INVOKE_PATH });
      req.on('response', (res) => resolve(`HTTP ${res.statusCode}`));
      req.on('error', (error) => resolve(error.message));
      req.end('{}');
    });
    expect(plain).not.toMatch(/^HTTP 200/);
  });

  it('a puesto refuses a server presenting another certificate, before sending anything', async () => {
    const { key } = await pairedPuesto('CAJA-02');
    const other = await serverIdentity(path.join(folder, 'otro'));
    const impostor = { address, certificate: other.cert, fingerprint: other.fingerprint };
    const remote = createRemoteInvoke({ pin: impostor, key, retryForMs: 0 });
    const answer = await remote(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'OFFLINE', message: PIN_MISMATCH } });
    remote.close();
  });

  it('a server that cannot be reached answers OFFLINE after retrying a harmless call', async () => {
    const { pin, key } = await pairedPuesto('CAJA-03');
    const closed = { ...pin, address: 'https://127.0.0.1:9/' };
    const seen: boolean[] = [];
    const remote = createRemoteInvoke({ pin: closed, key, retryForMs: 300, onReachable: (r) => seen.push(r) });
    const started = Date.now();
    const answer = await remote(null, 'auth.session', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((r) => !r)).toBe(true);
    remote.close();
  });
});
