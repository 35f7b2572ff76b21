import { hostname } from 'node:os';
import path from 'node:path';
import { announceServer, findServers } from '../network/discovery';
import type { PrintEngine } from '../printing/engine';
import { createPuestoPrintService } from '../printing/puesto-print-service';
import { serverIdentity } from './certificate';
import { puestoInvoker } from './puesto-invoker';
import type { RuntimeDeps } from './runtime';
import type { ServerEnv } from './server-env';

/** The station's network parts, the same for browser mode and the desktop app: the server's identity and announcement, discovery, a puesto's calls. */
export function stationNetwork(
  stationFile: string,
  network: ServerEnv,
  engine: PrintEngine,
  log: (message: string, error: unknown) => void,
): Pick<RuntimeDeps, 'puestoInvoke' | 'serverIdentity' | 'serverHost' | 'serverPort' | 'announce' | 'discover' | 'log'> {
  return {
    puestoInvoke: (remote) => puestoInvoker(remote, createPuestoPrintService({ remote, engine, log })),
    serverIdentity: () => serverIdentity(path.join(path.dirname(stationFile), 'servidor-tls')),
    serverHost: network.host,
    serverPort: network.port,
    announce: network.announce
      ? ({ port, fingerprint }) => announceServer({ name: `Ventanilla ${hostname()}`, port, fingerprint, log })
      : undefined,
    discover: () => findServers({ timeoutMs: 2500, log }),
    log,
  };
}
