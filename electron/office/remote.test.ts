import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverIdentity } from './certificate';
import { pinnedAgent, postJson } from './remote';

/** The puesto's road over one kept-alive connection, as a day at the counter uses it. */

let dir = '';
let close = () => Promise.resolve();
let address = '';
let pin = { certificate: '', fingerprint: '' };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-remote-'));
  const identity = await serverIdentity(dir);
  pin = { certificate: identity.cert, fingerprint: identity.fingerprint };
  const server = createServer({ cert: identity.cert, key: identity.key, minVersion: 'TLSv1.3' }, (req, res) => {
    req.resume().on('end', () => res.end(JSON.stringify({ ok: true, data: req.url })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
});

afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the puesto's road to the server", () => {
  it('reuses its connection call after call without leaving anything behind on it', async () => {
    const agent = pinnedAgent(pin);
    try {
      for (let i = 0; i < 30; i++) {
        expect(await postJson(agent, address, `/llamada-${i}`, {})).toEqual({
          status: 200,
          body: { ok: true, data: `/llamada-${i}` },
        });
      }
      const sockets = Object.values(agent.freeSockets).flat() as TLSSocket[];
      expect(sockets).toHaveLength(1);
      expect(sockets[0]!.listenerCount('secureConnect')).toBe(0);
    } finally {
      agent.destroy();
    }
  });
});
