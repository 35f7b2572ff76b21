import { isIPv4, isIPv6 } from 'node:net';
import Bonjour, { type Service } from 'bonjour-service';
import type { MdnsTransportOptions } from './mdns-transport';

export type { MdnsSocket, MdnsTransportOptions } from './mdns-transport';

/**
 * Finding the office's server on the LAN by mDNS / DNS-SD: the server announces
 * `<office name>._ventanilla._tcp.local` with its certificate's fingerprint in the TXT record, and a
 * puesto lists what answers. The fingerprint only saves typing: pairing still checks the
 * certificate and the one-time code, since anyone on the LAN can announce anything.
 */

const SERVICE_TYPE = 'ventanilla';
const TXT_VERSION = '1';
const SHA256_FINGERPRINT = /^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/i;
/** RFC 6762: a DNS label holds 63 bytes; dns-packet would write a longer one as a corrupt packet. */
const MAX_LABEL_BYTES = 63;

export type DiscoveryLog = (message: string, error: unknown) => void;

export interface FoundServer {
  name: string;
  /** `https://<address>:<port>/`, an IPv4 address when there is one. */
  address: string;
  port: number;
  /** The certificate's SHA-256 fingerprint, `AB:CD:…` in capitals. */
  fingerprint: string;
}

const defaultLog: DiscoveryLog = (message, error) => console.error(`[ventanilla] ${message}`, error);

/** Publishes this server until `stop()`, which says goodbye so puestos drop it at once. */
export function announceServer(options: {
  name: string;
  port: number;
  fingerprint: string;
  mdns?: MdnsTransportOptions;
  log?: DiscoveryLog;
}): { stop(): Promise<void> } {
  const log = options.log ?? defaultLog;
  let bonjour: Bonjour | undefined;
  let service: Service | undefined;
  let closing: Promise<void> | undefined;
  const close = (goodbye: boolean) =>
    (closing ??= (async () => {
      const announced = service;
      if (goodbye && announced) await new Promise<void>((done) => announced.stop(() => done()));
      if (bonjour) await destroy(bonjour);
    })());
  try {
    bonjour = new Bonjour(options.mdns ?? {}, (error: unknown) => log('mDNS: no se pudo responder a una consulta', error));
    onceFatal(bonjour, (error) => {
      log('mDNS: no se pudo anunciar el servidor en la red', error);
      void close(false);
    });
    service = bonjour.publish({
      name: instanceName(options.name),
      type: SERVICE_TYPE,
      protocol: 'tcp',
      port: options.port,
      txt: { v: TXT_VERSION, fp: options.fingerprint, path: '/' },
      // Probing would delay the announcement by up to a second, and on a clash bonjour-service only
      // writes to the console and stays silent: announce at once instead.
      probe: false,
    });
  } catch (error) {
    log('mDNS: no se pudo anunciar el servidor en la red', error);
    void close(false);
  }
  return { stop: () => close(true) };
}

/** Lists the servers that answer within `timeoutMs`, by name; [] when the network cannot be used. */
export function findServers(options: {
  timeoutMs: number;
  mdns?: MdnsTransportOptions;
  log?: DiscoveryLog;
}): Promise<FoundServer[]> {
  const log = options.log ?? defaultLog;
  return new Promise((resolve) => {
    let bonjour: Bonjour;
    try {
      bonjour = new Bonjour(options.mdns ?? {}, (error: unknown) => log('mDNS: error al buscar servidores', error));
    } catch (error) {
      log('mDNS: no se pudo buscar servidores', error);
      resolve([]);
      return;
    }
    let finished = false;
    const finish = (servers: FoundServer[]) => {
      if (finished) return;
      finished = true;
      clearTimeout(deadline);
      void destroy(bonjour).then(() => resolve(servers));
    };
    onceFatal(bonjour, (error) => {
      log('mDNS: no se pudo buscar servidores', error);
      finish([]);
    });
    const browser = bonjour.find({ type: SERVICE_TYPE, protocol: 'tcp' });
    const deadline = setTimeout(() => finish(foundServers(browser.services)), options.timeoutMs);
  });
}

function foundServers(services: Service[]): FoundServer[] {
  const byAddress = new Map<string, FoundServer>();
  const byName = services
    .map(foundServer)
    .filter((server) => server !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name) || a.address.localeCompare(b.address));
  for (const server of byName) if (!byAddress.has(server.address)) byAddress.set(server.address, server);
  return [...byAddress.values()];
}

function foundServer(service: Service): FoundServer | undefined {
  const txt: unknown = service.txt;
  if (typeof txt !== 'object' || txt === null || !('v' in txt) || !('fp' in txt)) return undefined;
  if (txt.v !== TXT_VERSION || typeof txt.fp !== 'string' || !SHA256_FINGERPRINT.test(txt.fp)) return undefined;
  const host = hostOf(service);
  if (!host) return undefined;
  return {
    name: service.name,
    address: `https://${host}:${service.port}/`,
    port: service.port,
    fingerprint: txt.fp.toUpperCase(),
  };
}

/**
 * The answer's source address comes first: it reached this puesto, whereas the A records list
 * every interface of the server (VPNs, virtual switches). IPv6 only as a last resort, and never
 * link-local, which a URL cannot use without its zone.
 */
function hostOf(service: Service): string | undefined {
  const candidates = [service.referer?.address, ...(service.addresses ?? [])].filter((a) => a !== undefined);
  const ipv4 = candidates.find((a) => isIPv4(a));
  if (ipv4) return ipv4;
  const ipv6 = candidates.find((a) => isIPv6(a) && !/^fe[89ab]/i.test(a));
  return ipv6 && `[${ipv6}]`;
}

function instanceName(name: string): string {
  const characters = [...name.trim()];
  while (Buffer.byteLength(characters.join('')) > MAX_LABEL_BYTES) characters.pop();
  return characters.join('');
}

/**
 * multicast-dns emits 'error' when its socket cannot bind (and again on every later send), and an
 * unheard 'error' event would crash the process. bonjour-service keeps that emitter private; the
 * exact pin of bonjour-service keeps this access valid.
 */
function onceFatal(bonjour: Bonjour, handle: (error: unknown) => void): void {
  const mdns: { on(event: 'error', listener: (error: unknown) => void): unknown } = bonjour['server'].mdns;
  let heard = false;
  mdns.on('error', (error) => {
    if (heard) return;
    heard = true;
    handle(error);
  });
}

function destroy(bonjour: Bonjour): Promise<void> {
  return new Promise((resolve) => {
    try {
      bonjour.destroy(() => resolve());
    } catch {
      resolve();
    }
  });
}
