import { networkInterfaces } from 'node:os';
import type { Result } from '../core/contract';
import type { Dispatch } from '../core/dispatch';
import type { StationInfo } from '../core/contract/station.contract';
import type { FoundServer } from '../network/discovery';
import type { Invoke } from '../printing/invoker';
import type { ServerIdentity } from './certificate';
import { type OfficeServer, type PuestoInvoke, startOfficeServer } from './office-server';
import { DEFAULT_SERVER_PORT } from './protocol';
import { createRemoteInvoke, type ServerPin } from './remote';
import { type StationConfig, writeStation } from './station';
import { createStationService } from './station-service';

/**
 * This computer's Ventanilla as its station file says: equipo único (its own database),
 * servidor de la oficina (its own database, also served to paired puestos over TLS) or puesto
 * (every call forwarded to the server; printing on its own printers). Switching is done in this
 * process: the window keeps its one address.
 */

/** The office on this computer's database, opened by the host (browser mode) or the desktop app. */
export interface LocalOffice {
  dispatch: Dispatch;
  /** The window's calls: dispatch, printing, exports, backups. */
  invoke: Invoke;
  /** A paired puesto's calls, answered as that puesto. */
  puestoInvoke: PuestoInvoke;
  workstation: string;
  /** Nobody has worked on this office yet (only the first admin, never logged in). */
  untouched(): boolean;
  close(): Promise<void>;
}

export interface RuntimeDeps {
  stationFile: string;
  station: StationConfig;
  openOffice(): LocalOffice;
  /** A puesto's calls: print.* on its printers through `remote`, everything else to `remote`. */
  puestoInvoke(remote: Invoke): Invoke;
  serverIdentity(): Promise<ServerIdentity>;
  /** Where the office server listens: the office network, or loopback in tests. */
  serverHost?: string;
  /** Overrides the station file's port (tests: 0, any free port). */
  serverPort?: number;
  announce?(server: { port: number; fingerprint: string }): { stop(): Promise<void> };
  discover(): Promise<FoundServer[]>;
  /** How long a puesto keeps retrying a harmless call before answering OFFLINE (remote.ts's default). */
  retryForMs?: number;
  log: (message: string, error: unknown) => void;
}

export interface Runtime {
  invoke: Invoke;
  info(): StationInfo;
  close(): Promise<void>;
}

interface Current {
  config: StationConfig;
  invoke: Invoke;
  office: LocalOffice | null;
  server: (OfficeServer & { fingerprint: string; stopAnnouncing(): Promise<void> }) | null;
  remote: (Invoke & { close(): void }) | null;
  reachable: boolean | null;
}

/** The office network's IPv4 addresses of this computer, for the admin to give to puestos. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

export async function startRuntime(deps: RuntimeDeps): Promise<Runtime> {
  let current: Current;

  async function startServer(office: LocalOffice, port: number): Promise<Current['server']> {
    const identity = await deps.serverIdentity();
    const server = await startOfficeServer({
      identity,
      dispatch: office.dispatch,
      invoke: office.puestoInvoke,
      port: deps.serverPort ?? port,
      host: deps.serverHost,
      log: deps.log,
    });
    const announcing = deps.announce?.({ port: server.port, fingerprint: identity.fingerprint });
    return { ...server, fingerprint: identity.fingerprint, stopAnnouncing: async () => announcing?.stop() };
  }

  async function enter(config: StationConfig): Promise<Current> {
    if (config.mode === 'PUESTO') {
      const state: Current = {
        config,
        invoke: async () => OFFLINE_NOT_READY,
        office: null,
        server: null,
        remote: null,
        reachable: null,
      };
      state.remote = createRemoteInvoke({
        pin: config.server,
        key: config.puesto.key,
        retryForMs: deps.retryForMs,
        log: deps.log,
        onReachable: (reachable) => (state.reachable = reachable),
      });
      state.invoke = deps.puestoInvoke(state.remote);
      return state;
    }
    const office = deps.openOffice();
    const server = config.mode === 'SERVIDOR' ? await startServer(office, config.port) : null;
    return { config, invoke: office.invoke, office, server, remote: null, reachable: null };
  }

  async function leave(state: Current): Promise<void> {
    await state.server?.stopAnnouncing();
    await state.server?.close();
    state.remote?.close();
    await state.office?.close();
  }

  /** Saves the new station and runs it; on failure the old one is back. */
  async function switchTo(config: StationConfig): Promise<void> {
    const previous = current;
    await leave(previous);
    try {
      current = await enter(config);
    } catch (error) {
      current = await enter(previous.config);
      throw error;
    }
    writeStation(deps.stationFile, config);
  }

  function info(): StationInfo {
    const { config, server } = current;
    return {
      mode: config.mode,
      workstation: config.mode === 'PUESTO' ? config.puesto.name : (current.office?.workstation ?? ''),
      server: config.mode === 'PUESTO' ? { address: config.server.address, fingerprint: config.server.fingerprint } : null,
      untouched: config.mode === 'UNICO' && (current.office?.untouched() ?? false),
      reachable: config.mode === 'PUESTO' ? current.reachable : null,
      officeServer:
        config.mode === 'SERVIDOR'
          ? {
              port: server?.port ?? config.port,
              addresses: deps.serverHost && deps.serverHost !== '0.0.0.0' ? [deps.serverHost] : lanAddresses(),
              fingerprint: server?.fingerprint ?? '',
              listening: server !== null,
            }
          : null,
    };
  }

  current = await enter(deps.station);
  const station = createStationService({
    info,
    current: () => ({ mode: current.config.mode, invoke: current.invoke }),
    discover: deps.discover,
    pairAs: (pin: ServerPin, puesto) => switchTo({ mode: 'PUESTO', server: pin, puesto }),
    setMode: (mode) => switchTo(mode === 'SERVIDOR' ? { mode, port: DEFAULT_SERVER_PORT } : { mode }),
    log: deps.log,
  });

  return {
    invoke: (session, name, input) => station.handle(session, name, input) ?? current.invoke(session, name, input),
    info,
    close: () => leave(current),
  };
}

const OFFLINE_NOT_READY: Result<never> = {
  ok: false,
  error: { code: 'OFFLINE', message: 'El puesto todavía se está conectando con el servidor de la oficina.' },
};
