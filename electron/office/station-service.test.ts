import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, testOffice } from '../../db/testing';
import type { StationInfo, StationMode } from '../core/contract/station.contract';
import type { Invoke } from '../printing/invoker';
import { serverIdentity } from './certificate';
import { type OfficeServer, startOfficeServer } from './office-server';
import type { ServerPin } from './remote';
import { createStationService } from './station-service';

/** station.*: who may change what this computer is, and pairing against a real server on loopback. */

const folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-estacion-'));
const serverOffice = testOffice();
const local = testOffice();
let server: OfficeServer;
let fingerprint: string;

beforeAll(async () => {
  const identity = await serverIdentity(path.join(folder, 'tls'));
  fingerprint = identity.fingerprint;
  server = await startOfficeServer({
    identity,
    dispatch: serverOffice.dispatch,
    invoke: async (workstation, session, name, input) => serverOffice.dispatch(session, name, input, { workstation }),
    port: 0,
    host: '127.0.0.1',
    log: () => undefined,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

function station(mode: StationMode, invoke: Invoke = async (s, n, i) => local.dispatch(s, n, i), untouched = false) {
  const paired: { pin: ServerPin; puesto: { name: string; key: string } }[] = [];
  const modes: string[] = [];
  const service = createStationService({
    info: () => ({ mode, untouched }) as StationInfo,
    current: () => ({ mode, invoke }),
    discover: async () => [{ name: 'Oficina Centro', address: 'https://192.168.1.10:8443/', port: 8443, fingerprint: 'AB' }],
    pairAs: async (pin, puesto) => void paired.push({ pin, puesto }),
    setMode: async (m) => void modes.push(m),
    log: () => undefined,
  });
  const call = (session: string | null, name: string, input: unknown) => service.handle(session, name, input)!;
  return { call, paired, modes, service };
}

const newCode = (name: string) => ok(serverOffice.call(serverOffice.login('admin'), 'puestos.create', { name })).code;

describe('station.*', () => {
  it('answers only its own procedures', () => {
    expect(station('UNICO').service.handle(null, 'auth.session', {})).toBeNull();
  });

  it('pairs an equipo único for its admin, pinning the certificate the server presents', async () => {
    const s = station('UNICO');
    const address = `127.0.0.1:${server.port}`;
    const asesor = local.login('asesor');
    expect(await s.call(asesor, 'station.pair', { address, code: newCode('CAJA-01') })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const admin = local.login('admin');
    const answer = await s.call(admin, 'station.pair', { address, code: newCode('CAJA-02') });
    expect(answer).toEqual({ ok: true, data: { name: 'CAJA-02', fingerprint } });
    // The local admin's session is over: the window now logs in to the server.
    expect(local.dispatch(admin, 'auth.session', {})).toMatchObject({ ok: false, error: { code: 'SESSION_REQUIRED' } });
    expect(s.paired[0]?.pin).toMatchObject({ address: `https://127.0.0.1:${server.port}/`, fingerprint });
  });

  it('a new computer nobody has worked on pairs from its login screen, without a session', async () => {
    const s = station('UNICO', undefined, true);
    const answer = await s.call(null, 'station.pair', { address: `127.0.0.1:${server.port}`, code: newCode('CAJA-05') });
    expect(answer).toMatchObject({ ok: true, data: { name: 'CAJA-05' } });
    expect((await station('UNICO').call(null, 'station.pair', { address: '127.0.0.1:9', code: 'X' })).ok).toBe(false);
  });

  it('says at the field what is wrong: a bad address, a wrong code, an unreachable server', async () => {
    const s = station('UNICO');
    const admin = local.login('admin');
    expect(await s.call(admin, 'station.pair', { address: 'ftp://x/y', code: 'ABCD' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ field: 'address' }] },
    });
    const wrong = await s.call(admin, 'station.pair', { address: `127.0.0.1:${server.port}`, code: 'ABCD-EFGH-JKMN' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ field: 'code' }] } });
    const closed = await s.call(admin, 'station.pair', { address: '127.0.0.1:9', code: 'ABCD-EFGH-JKMN' });
    expect(closed).toMatchObject({ ok: false, error: { code: 'OFFLINE', issues: [{ field: 'address' }] } });
    expect(s.paired).toEqual([]);
  });

  it('refuses a server whose certificate is not the one it announced', async () => {
    const s = station('UNICO');
    const answer = await s.call(local.login('admin'), 'station.pair', {
      address: `127.0.0.1:${server.port}`,
      code: newCode('CAJA-03'),
      fingerprint: fingerprint.replace(/^../, fingerprint.startsWith('00') ? '11' : '00'),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(s.paired).toEqual([]);
  });

  it('a server is not paired to another; a revoked puesto may pair again without a session', async () => {
    expect(await station('SERVIDOR').call(null, 'station.pair', { address: '127.0.0.1:1', code: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'RULE' },
    });
    const unpaired: Invoke = async () => ({ ok: false, error: { code: 'UNPAIRED', message: 'revocado' } });
    const s = station('PUESTO', unpaired);
    const answer = await s.call(null, 'station.pair', { address: `127.0.0.1:${server.port}`, code: newCode('CAJA-04') });
    expect(answer).toMatchObject({ ok: true, data: { name: 'CAJA-04' } });
    expect((await s.call(null, 'station.leave', {})).ok).toBe(true);
    expect(s.modes).toEqual(['UNICO']);
  });

  it('only the admin turns this computer into the office server', async () => {
    const s = station('UNICO');
    expect(await s.call(local.login('supervisor'), 'station.setMode', { mode: 'SERVIDOR' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await s.call(local.login('admin'), 'station.setMode', { mode: 'SERVIDOR' })).ok).toBe(true);
    expect(s.modes).toEqual(['SERVIDOR']);
    expect(await s.call(null, 'station.discover', {})).toMatchObject({
      ok: true,
      data: { servers: [{ name: 'Oficina Centro' }] },
    });
  });
});
