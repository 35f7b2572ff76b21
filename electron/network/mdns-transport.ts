/**
 * The transport bonjour-service 1.4.4 hands to multicast-dns 7.2.5 as it is (see their index.js):
 * by default a UDP multicast socket on 5353; tests pass an in-memory socket instead.
 */

/** What multicast-dns calls on its socket: a dgram socket fits. */
export interface MdnsSocket {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  once(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
  bind(port: number, address: string | undefined, callback: () => void): unknown;
  send(
    message: Uint8Array,
    offset: number,
    length: number,
    port: number,
    address: string,
    callback: (error: Error | null) => void,
  ): unknown;
  address(): { port: number };
  addMembership(group: string, networkInterface?: string): void;
  dropMembership(group: string, networkInterface?: string): void;
  setMulticastTTL(ttl: number): unknown;
  setMulticastLoopback(flag: boolean): unknown;
  setMulticastInterface?(networkInterface: string): void;
  close(callback?: () => void): unknown;
}

export interface MdnsTransportOptions {
  /** A socket to use instead of the UDP one multicast-dns would open (tests: an in-memory LAN). */
  socket?: MdnsSocket;
  type?: 'udp4' | 'udp6';
  /** 5353 by default. */
  port?: number;
  /** The multicast group, 224.0.0.251 by default. */
  ip?: string;
  /** The LAN address to join the group on and to send from; every interface by default. */
  interface?: string;
  /** The address to bind, or false not to bind. */
  bind?: string | false;
  reuseAddr?: boolean;
  multicast?: boolean;
  loopback?: boolean;
  ttl?: number;
}
