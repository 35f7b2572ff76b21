import dgram from 'node:dgram';
import os from 'node:os';
import Bonjour from 'bonjour-service';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announceServer, findServers, type MdnsTransportOptions } from './discovery';
import { BusySocket, FakeLan, type FakeSocket } from './fake-lan.test-support';

const FP_CENTRO = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').toUpperCase()).join(':');
const FP_NORTE = Array.from({ length: 32 }, (_, i) => (255 - i).toString(16).toUpperCase()).join(':');
const BROWSE_MS = 250;

let lan: FakeLan;
const stops: (() => Promise<void>)[] = [];
const quiet = () => undefined;

function announce(name: string, from: string | FakeSocket, port = 8443, fingerprint = FP_CENTRO) {
  const socket = typeof from === 'string' ? lan.socket(from) : from;
  const announcement = announceServer({ name, port, fingerprint, mdns: { socket }, log: quiet });
  stops.push(announcement.stop);
  return announcement;
}

const browse = () => findServers({ timeoutMs: BROWSE_MS, mdns: { socket: lan.socket('192.168.1.50') }, log: quiet });

const interfaceWith = (address: string): os.NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '02:00:00:00:00:01',
  internal: false,
  cidr: `${address}/24`,
});

beforeEach(() => {
  lan = new FakeLan();
  // The announcer's A records list the machine's interfaces: make them the test's, not this host's.
  vi.spyOn(os, 'networkInterfaces').mockReturnValue({});
  // A forgotten socket option would open a real multicast socket: fail instead.
  vi.spyOn(dgram, 'createSocket').mockImplementation(() => {
    throw new Error('Las pruebas de mDNS no usan la red de la máquina');
  });
});

afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
  const realSockets = vi.mocked(dgram.createSocket).mock.calls.length;
  vi.restoreAllMocks();
  expect(realSockets).toBe(0);
});

describe('finding the office server on the LAN', () => {
  it('finds an announced server with its name, address, port and fingerprint', async () => {
    announce('Oficina Centro', '192.168.1.10', 8443, FP_CENTRO.toLowerCase());

    expect(await browse()).toEqual([
      { name: 'Oficina Centro', address: 'https://192.168.1.10:8443/', port: 8443, fingerprint: FP_CENTRO },
    ]);
  });

  it('lists two servers by name', async () => {
    announce('Oficina Norte', '192.168.1.11', 9443, FP_NORTE);
    announce('Oficina Centro', '192.168.1.10');

    const found = await browse();

    expect(found.map((s) => [s.name, s.address, s.fingerprint])).toEqual([
      ['Oficina Centro', 'https://192.168.1.10:8443/', FP_CENTRO],
      ['Oficina Norte', 'https://192.168.1.11:9443/', FP_NORTE],
    ]);
  });

  it('ignores a service without a fingerprint or of another version, and one server announced twice', async () => {
    announce('Oficina Centro', '192.168.1.10');
    announce('Oficina Centro (copia)', '192.168.1.10');
    for (const [name, txt, from] of [
      ['Sin huella', { v: '1', path: '/' }, '192.168.1.20'],
      ['Versión futura', { v: '2', fp: FP_NORTE, path: '/' }, '192.168.1.21'],
      ['Huella inválida', { v: '1', fp: 'AB:CD', path: '/' }, '192.168.1.22'],
    ] as const) {
      const transport: MdnsTransportOptions = { socket: lan.socket(from) };
      const other = new Bonjour(transport);
      other.publish({ name, type: 'ventanilla', port: 8443, txt, probe: false });
      stops.push(() => new Promise((done) => other.destroy(done)));
    }

    expect((await browse()).map((s) => s.name)).toEqual(['Oficina Centro']);
  });

  it('keeps the whole of a long name with accents that fits a DNS label, and cuts a longer one', async () => {
    announce('Oficina de Atención al Usuario — Alcantarillado y Aseo', '192.168.1.10');
    announce('Oficina Comercial de Acueducto, Alcantarillado y Aseo de San José del Guaviare', '192.168.1.11');

    expect((await browse()).map((s) => s.name)).toEqual([
      'Oficina Comercial de Acueducto, Alcantarillado y Aseo de San Jo',
      'Oficina de Atención al Usuario — Alcantarillado y Aseo',
    ]);
  });

  it('uses an IPv4 address of the server when its answer came over IPv6, and brackets an IPv6 one', async () => {
    vi.mocked(os.networkInterfaces).mockReturnValueOnce({ eth0: [interfaceWith('192.168.1.30')] });
    announce('Oficina Sur', lan.socket('2001:db8::30', 'IPv6'));
    announce('Oficina Este', lan.socket('2001:db8::31', 'IPv6'));

    expect((await browse()).map((s) => s.address)).toEqual(['https://[2001:db8::31]:8443/', 'https://192.168.1.30:8443/']);
  });
});

describe('stopping', () => {
  it('after stop() a new search finds nothing', async () => {
    const server = announce('Oficina Centro', '192.168.1.10');
    expect(await browse()).toHaveLength(1);

    await server.stop();

    expect(await browse()).toEqual([]);
    expect(lan.sockets.size).toBe(0);
  });

  it('a search under way drops a server that says goodbye', async () => {
    const server = announce('Oficina Centro', '192.168.1.10');
    const socket = lan.socket('192.168.1.50');
    const searching = findServers({ timeoutMs: 400, mdns: { socket }, log: quiet });
    await vi.waitFor(() => expect(socket.received).toBeGreaterThan(0));

    await server.stop();

    expect(await searching).toEqual([]);
  });

  it('a search stops by itself within its time and closes its socket when nothing answers', async () => {
    const socket = lan.socket('192.168.1.50');
    const started = performance.now();

    expect(await findServers({ timeoutMs: 200, mdns: { socket }, log: quiet })).toEqual([]);

    expect(performance.now() - started).toBeLessThan(600);
    expect(socket.closed).toBe(true);
  });
});

describe('a network that cannot be used', () => {
  it('a search whose socket cannot bind gives [] at once and logs why', async () => {
    const socket = new BusySocket(lan, '192.168.1.50', 'IPv4');
    const log = vi.fn();
    const started = performance.now();

    expect(await findServers({ timeoutMs: 5_000, mdns: { socket }, log })).toEqual([]);

    expect(performance.now() - started).toBeLessThan(1_000);
    expect(log).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('buscar servidores'),
      expect.objectContaining({ code: 'EADDRINUSE' }),
    );
    expect(socket.closed).toBe(true);
  });

  it('an announcement whose socket cannot bind is logged once, throws nothing and stops', async () => {
    const socket = new BusySocket(lan, '192.168.1.10', 'IPv4');
    const log = vi.fn();

    const server = announceServer({ name: 'Oficina Centro', port: 8443, fingerprint: FP_CENTRO, mdns: { socket }, log });
    await vi.waitFor(() => expect(socket.closed).toBe(true));
    await server.stop();

    expect(log).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('anunciar'), expect.objectContaining({ code: 'EADDRINUSE' }));
    expect(socket.bindAttempts).toBe(1);
  });
});
