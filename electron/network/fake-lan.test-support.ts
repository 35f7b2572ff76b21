import { EventEmitter } from 'node:events';
import type { MdnsSocket } from './mdns-transport';

/**
 * An in-memory LAN for mDNS tests: whatever one socket sends reaches every other bound socket as
 * a 'message' from the sender's made-up address. Nothing touches the machine's network.
 */
export class FakeLan {
  readonly sockets = new Set<FakeSocket>();

  /** A socket whose packets come from `address` (e.g. 192.168.1.10). */
  socket(address: string, family: 'IPv4' | 'IPv6' = 'IPv4'): FakeSocket {
    return new FakeSocket(this, address, family);
  }

  deliver(from: FakeSocket, message: Buffer): void {
    for (const socket of this.sockets) {
      if (socket === from) continue;
      const rinfo = { address: from.fakeAddress, family: from.family, port: 5353, size: message.length };
      setImmediate(() => {
        socket.emit('message', Buffer.from(message), rinfo);
        socket.received += 1;
      });
    }
  }
}

export class FakeSocket extends EventEmitter implements MdnsSocket {
  closed = false;
  /** Datagrams handed to this socket's listeners so far. */
  received = 0;

  constructor(
    private readonly lan: FakeLan,
    readonly fakeAddress: string,
    readonly family: 'IPv4' | 'IPv6',
  ) {
    super();
  }

  bind(_port: number, _address: string | undefined, callback: () => void): void {
    setImmediate(() => {
      this.lan.sockets.add(this);
      this.emit('listening');
      callback();
    });
  }

  send(
    message: Uint8Array,
    offset: number,
    length: number,
    _port: number,
    _address: string,
    callback: (error: Error | null) => void,
  ): void {
    if (this.closed) throw new Error('send on a closed socket');
    this.lan.deliver(this, Buffer.from(message.subarray(offset, offset + length)));
    setImmediate(() => callback(null));
  }

  address() {
    return { address: '0.0.0.0', family: 'IPv4', port: 5353 };
  }

  addMembership(): void {}
  dropMembership(): void {}
  setMulticastTTL(): void {}
  setMulticastLoopback(): void {}
  setMulticastInterface(): void {}

  close(callback?: () => void): void {
    this.closed = true;
    this.lan.sockets.delete(this);
    setImmediate(() => {
      this.emit('close');
      callback?.();
    });
  }
}

/** A socket that another program already holds the port of: bind fails as dgram's does. */
export class BusySocket extends FakeSocket {
  bindAttempts = 0;

  override bind(): void {
    this.bindAttempts += 1;
    const error = Object.assign(new Error('bind EADDRINUSE 0.0.0.0:5353'), { code: 'EADDRINUSE' });
    setImmediate(() => this.emit('error', error));
  }
}
