import { isIP } from 'node:net';
import { OfficeEnvError } from '../office-env';
import type { StationConfig } from './station';
import { DEFAULT_SERVER_PORT } from './protocol';

/**
 * The office server's settings from the environment and the command line:
 *   --server                    run as the servidor de la oficina (`npm run server`, also headless)
 *   VENTANILLA_SERVER_PORT      its port on the office network (default 8443; 0 = any free port)
 *   VENTANILLA_SERVER_HOST      the address it listens on (default every interface; 127.0.0.1 in tests)
 * A server listening on loopback only does not announce itself on the network.
 */

export const SERVER_FLAG = '--server';

export interface ServerEnv {
  forceServer: boolean;
  port?: number;
  host?: string;
  announce: boolean;
}

export function serverEnv(env: NodeJS.ProcessEnv, argv: readonly string[]): ServerEnv {
  const rawPort = env.VENTANILLA_SERVER_PORT;
  let port: number | undefined;
  if (rawPort !== undefined && rawPort !== '') {
    port = Number(rawPort);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new OfficeEnvError(`VENTANILLA_SERVER_PORT="${rawPort}" no es un puerto: use un número de 0 a 65535.`);
    }
  }
  const host = env.VENTANILLA_SERVER_HOST || undefined;
  if (host !== undefined && isIP(host) === 0) {
    throw new OfficeEnvError(`VENTANILLA_SERVER_HOST="${host}" no es una dirección IP de este equipo.`);
  }
  const loopbackOnly = host !== undefined && (host.startsWith('127.') || host === '::1');
  return { forceServer: argv.includes(SERVER_FLAG), port, host, announce: !loopbackOnly };
}

/** The station to run: `--server` makes this computer the office server for this run. */
export function stationToRun(saved: StationConfig, env: ServerEnv): StationConfig {
  if (!env.forceServer || saved.mode === 'SERVIDOR') return saved;
  return { mode: 'SERVIDOR', port: env.port ?? DEFAULT_SERVER_PORT };
}
