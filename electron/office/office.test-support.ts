import { createServer } from 'node:net';
import { type BridgeClient, bridgeClient } from '../../e2e/bridge-client';
import { type Host, startHost } from '../../e2e/host';

/**
 * An office of real processes for the network tests: the servidor de la oficina (a browser-mode
 * host with --server, on loopback only: it announces nothing) and puestos paired with it, each
 * a host of its own, all called from Node as their windows would call them.
 */

/** A port nobody listens on now, so that a restarted server can take the address its puestos pinned. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export const ADMIN = { username: 'admin', password: 'Admin2026' } as const;

/** The answer's data, or the test fails with the refusal. */
export function must<T>(
  result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } },
  what: string,
): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

/** The servidor de la oficina on 127.0.0.1:`port`; `dir` starts it again on its folder (database, certificate). */
export function startServer(port: number, options: { dir?: string; subscribers?: number } = {}): Promise<Host> {
  return startHost({
    demo: true,
    subscribers: options.subscribers,
    dir: options.dir,
    args: ['--server'],
    env: { VENTANILLA_SERVER_HOST: '127.0.0.1', VENTANILLA_SERVER_PORT: String(port) },
  });
}

export interface ServerDesk {
  host: Host;
  port: number;
  client: BridgeClient;
  admin: string;
}

/** The server's own window, logged in as the administrator. */
export async function serverDesk(host: Host, port: number): Promise<ServerDesk> {
  const client = await bridgeClient(host.url);
  return { host, port, client, admin: await client.login(ADMIN.username, ADMIN.password) };
}

export interface Puesto {
  name: string;
  id: number;
  host: Host;
  client: BridgeClient;
}

/** A new puesto on the server (its one-time code), then this host paired with it by its own admin. */
export async function pair(server: ServerDesk, host: Host, name: string): Promise<Puesto> {
  const created = must(
    await server.client.call<{ id: number; name: string; code: string }>('puestos.create', { name }, server.admin),
    'puestos.create',
  );
  const client = await bridgeClient(host.url);
  const localAdmin = await client.login(ADMIN.username, ADMIN.password);
  must(
    await client.call('station.pair', { address: `127.0.0.1:${server.port}`, code: created.code }, localAdmin),
    'station.pair',
  );
  return { name: created.name, id: created.id, host, client };
}

/** A user made by the admin, with the temporary password the admin hands over. */
export async function addUser(
  server: ServerDesk,
  user: { username: string; fullName: string; documentNumber: string; role: string },
): Promise<void> {
  must(
    await server.client.call('users.create', { ...user, password: TEMPORARY_PASSWORD }, server.admin),
    `users.create ${user.username}`,
  );
}

const TEMPORARY_PASSWORD = 'Girasol-Tranvia-4821';
/** What every user the tests create chooses at the first login. */
export const CHOSEN_PASSWORD = 'Murcielago-Piano-7302';

/** The first login of a new user: temporary password, then the user's own; the session goes on. */
export async function firstLogin(client: BridgeClient, username: string): Promise<string> {
  const session = await client.login(username, TEMPORARY_PASSWORD);
  must(
    await client.call('auth.changePassword', { current: TEMPORARY_PASSWORD, next: CHOSEN_PASSWORD }, session),
    'auth.changePassword',
  );
  return session;
}
