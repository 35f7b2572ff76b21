import type { z } from 'zod';
import type { Output, Result } from '../core/contract';
import { type StationInfo, type StationMode, stationContract, isStationProcedure } from '../core/contract/station.contract';
import { issuesOf } from '../core/dispatch';
import type { AppErrorData } from '../core/errors';
import type { FoundServer } from '../network/discovery';
import type { Invoke } from '../printing/invoker';
import { PAIR_PATH } from './protocol';
import { type ServerPin, TransportError, pinnedAgent, postJson, presentedCertificate } from './remote';

/**
 * station.*: what this computer is, and the admin's changes to it. Rights are read on every call
 * from whoever holds the office's records now (this computer's core, or the office server).
 */

export interface StationServiceDeps {
  info(): StationInfo;
  current(): { mode: StationMode; invoke: Invoke };
  discover(): Promise<FoundServer[]>;
  pairAs(pin: ServerPin, puesto: { name: string; key: string }): Promise<void>;
  setMode(mode: 'UNICO' | 'SERVIDOR'): Promise<void>;
  log: (message: string, error: unknown) => void;
}

class Refusal extends Error {
  constructor(readonly error: AppErrorData) {
    super(error.message);
  }
}
const refuse = (code: AppErrorData['code'], message: string, field?: string): never => {
  throw new Refusal({ code, message, ...(field ? { issues: [{ field, message }] } : {}) });
};

const ADMIN_ONLY = 'Solo el administrador cambia lo que es este equipo en la oficina. Ingrese como administrador.';
const IS_SERVER = 'Este equipo es el servidor de la oficina. Para conectarlo a otro servidor, vuélvalo primero equipo único.';
const unreachable = (address: string) =>
  `No se pudo conectar con ${address}. Revise la dirección (la muestra el servidor en ADMINISTRACIÓN → Puestos y red) y que el servidor esté encendido.`;

type StationContract = typeof stationContract;

function parse<N extends keyof StationContract>(name: N, input: unknown): z.output<StationContract[N]['input']> {
  const parsed = stationContract[name].input.safeParse(input);
  if (parsed.success) return parsed.data as z.output<StationContract[N]['input']>;
  const issues = issuesOf(parsed.error);
  throw new Refusal({ code: 'VALIDATION', message: issues[0]?.message ?? 'Datos no válidos', issues });
}

export function createStationService(deps: StationServiceDeps) {
  /** The caller is an admin where the office's records are; a puesto the server no longer knows may pair again. */
  async function requireAdmin(session: string | null, allowUnpaired: boolean): Promise<void> {
    const me = await deps.current().invoke(session, 'auth.session', {});
    if (me.ok) {
      const data = me.data as Output<'auth.session'>;
      if (data.user.role === 'ADMIN' && !data.mustChangePassword) return;
    } else if (allowUnpaired && me.error.code === 'UNPAIRED') {
      return;
    }
    refuse('FORBIDDEN', ADMIN_ONLY);
  }

  async function pair(session: string | null, input: unknown) {
    const { address, code, fingerprint } = parse('station.pair', input);
    const { mode } = deps.current();
    if (mode === 'SERVIDOR') refuse('RULE', IS_SERVER);
    if (!(mode === 'UNICO' && deps.info().untouched)) await requireAdmin(session, mode === 'PUESTO');
    const presented = await presentedCertificate(address).catch(() => refuse('OFFLINE', unreachable(address), 'address'));
    if (fingerprint && fingerprint !== presented.fingerprint) {
      refuse(
        'FORBIDDEN',
        'El equipo en esa dirección no presenta el certificado que anunció. No se vinculó. Avise al administrador.',
      );
    }
    const pin: ServerPin = { address, ...presented };
    const agent = pinnedAgent(pin, false);
    const answer = await postJson(agent, address, PAIR_PATH, { code }).catch((error: unknown) => {
      deps.log('station.pair: el servidor no respondió', error);
      return refuse('OFFLINE', unreachable(address), error instanceof TransportError && error.sent ? 'code' : 'address');
    });
    const result = answer.body as Result<{ name: string; key: string }>;
    if (!result.ok) throw new Refusal(result.error);
    // The admin's session where the records were until now ends: the window logs in to the server next.
    if (session) await deps.current().invoke(session, 'auth.logout', {});
    await deps.pairAs(pin, { name: result.data.name, key: result.data.key });
    return { name: result.data.name, fingerprint: pin.fingerprint };
  }

  async function setMode(session: string | null, input: unknown) {
    const { mode } = parse('station.setMode', input);
    if (deps.current().mode === 'PUESTO') refuse('RULE', 'Este equipo es un puesto: primero desconéctelo del servidor.');
    await requireAdmin(session, false);
    if (deps.current().mode !== mode) await deps.setMode(mode);
    return deps.info();
  }

  async function leave(session: string | null, input: unknown) {
    parse('station.leave', input);
    if (deps.current().mode !== 'PUESTO') refuse('RULE', 'Este equipo no está conectado a un servidor.');
    await requireAdmin(session, true);
    await deps.setMode('UNICO');
    return deps.info();
  }

  async function answer(session: string | null, name: string, input: unknown): Promise<unknown> {
    switch (name) {
      case 'station.info':
        parse('station.info', input);
        return deps.info();
      case 'station.discover':
        parse('station.discover', input);
        return {
          servers: (await deps.discover()).map(({ name: n, address, fingerprint }) => ({ name: n, address, fingerprint })),
        };
      case 'station.pair':
        return pair(session, input);
      case 'station.setMode':
        return setMode(session, input);
      default:
        return leave(session, input);
    }
  }

  return {
    /** The answer to a station.* call; null for any other procedure. */
    handle(session: string | null, name: string, input: unknown): Promise<Result<unknown>> | null {
      if (!isStationProcedure(name)) return null;
      return answer(session, name, input).then(
        (data): Result<unknown> => ({ ok: true, data }),
        (error: unknown): Result<unknown> => {
          if (error instanceof Refusal) return { ok: false, error: error.error };
          deps.log(`${name}: error inesperado`, error);
          return {
            ok: false,
            error: { code: 'INTERNAL', message: 'Ocurrió un error inesperado al configurar el equipo. Intente de nuevo.' },
          };
        },
      );
    },
  };
}
