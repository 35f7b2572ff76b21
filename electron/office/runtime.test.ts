import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ok, testOffice } from '../../db/testing';
import type { StationInfo } from '../core/contract/station.contract';
import { serverIdentity } from './certificate';
import { type LocalOffice, type RuntimeDeps, startRuntime } from './runtime';
import { readStation } from './station';

/** One process changes what its computer is: equipo único → office server → and back; a puesto forwards everything. */

const folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-runtime-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function deps(name: string, office: ReturnType<typeof testOffice>, opened: string[]): RuntimeDeps {
  const stationFile = path.join(folder, `${name}.json`);
  return {
    stationFile,
    station: readStation(stationFile),
    openOffice: (): LocalOffice => {
      opened.push('abierta');
      return {
        dispatch: office.dispatch,
        invoke: async (s, n, i) => office.dispatch(s, n, i),
        puestoInvoke: async (workstation, s, n, i) => office.dispatch(s, n, i, { workstation }),
        workstation: `${name}-PC`,
        untouched: () => false,
        close: async () => void opened.push('cerrada'),
      };
    },
    puestoInvoke: (remote) => remote,
    serverIdentity: () => serverIdentity(path.join(folder, `${name}-tls`)),
    serverHost: '127.0.0.1',
    serverPort: 0,
    discover: async () => [],
    retryForMs: 500,
    log: () => undefined,
  };
}

describe('the station at run time', () => {
  it('an admin turns an equipo único into the office server, pairs another computer to it, which then works through it', async () => {
    const serverOffice = testOffice();
    const serverOpened: string[] = [];
    const server = await startRuntime(deps('servidor', serverOffice, serverOpened));
    const admin = ok(serverOffice.call(null, 'auth.login', { username: 'admin', password: 'Admin2026' })).sessionId;
    const info = (await server.invoke(admin, 'station.setMode', { mode: 'SERVIDOR' })) as { ok: true; data: StationInfo };
    expect(info.data).toMatchObject({ mode: 'SERVIDOR', officeServer: { listening: true, addresses: ['127.0.0.1'] } });
    expect(readStation(path.join(folder, 'servidor.json'))).toMatchObject({ mode: 'SERVIDOR' });
    expect(serverOpened).toEqual(['abierta', 'cerrada', 'abierta']);

    const { code } = ok(serverOffice.call(admin, 'puestos.create', { name: 'CAJA-01' }));
    const puestoOffice = testOffice();
    const puestoOpened: string[] = [];
    const puesto = await startRuntime(deps('puesto', puestoOffice, puestoOpened));
    const localAdmin = ok(puestoOffice.call(null, 'auth.login', { username: 'admin', password: 'Admin2026' })).sessionId;
    const address = `127.0.0.1:${info.data.officeServer!.port}`;
    expect(await puesto.invoke(localAdmin, 'station.pair', { address, code })).toMatchObject({
      ok: true,
      data: { name: 'CAJA-01' },
    });
    expect(puestoOpened).toEqual(['abierta', 'cerrada']);
    expect(puesto.info()).toMatchObject({ mode: 'PUESTO', workstation: 'CAJA-01' });

    const login = await puesto.invoke(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' });
    expect(login).toMatchObject({ ok: true, data: { workstation: 'CAJA-01' } });
    expect(puesto.info().reachable).toBe(true);

    // The server goes back to equipo único: the puesto is told it cannot reach it.
    expect((await server.invoke(admin, 'station.setMode', { mode: 'UNICO' })).ok).toBe(true);
    const sessionId = (login as { data: { sessionId: string } }).data.sessionId;
    const offline = await Promise.race([
      puesto.invoke(sessionId, 'auth.session', {}),
      new Promise((resolve) => setTimeout(() => resolve('esperando'), 15_000)),
    ]);
    expect(offline).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    expect(puesto.info().reachable).toBe(false);
    await puesto.close();
    await server.close();
  }, 30_000);
});
