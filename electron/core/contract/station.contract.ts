import { z } from 'zod';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { lineText } from './fields';

/**
 * What this computer is in the office (ADMINISTRACIÓN → Puestos y red, and the login screen of
 * a puesto): equipo único, servidor de la oficina, or puesto connected to a server. Answered by
 * the process that runs this computer's window (electron/office/station-service), not by the
 * office's core: a puesto has no database of its own.
 */

export const STATION_MODES = ['UNICO', 'SERVIDOR', 'PUESTO'] as const;
export type StationMode = (typeof STATION_MODES)[number];

const admin = rolesOf('ADMINISTRACION');

export const serverAddress = lineText('Dirección del servidor', 200).pipe(
  z
    .string()
    .transform((s) => (/^https:\/\//i.test(s) ? s : `https://${s}`))
    .refine(
      (s) => {
        try {
          const url = new URL(s);
          return url.protocol === 'https:' && url.hostname.length > 0 && url.pathname === '/' && !url.search;
        } catch {
          return false;
        }
      },
      { error: 'Dirección del servidor: escríbala como la muestra el servidor, p. ej. 192.168.1.10:8443' },
    )
    .transform((s) => new URL(s).origin + '/'),
);

const fingerprint = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, { error: 'Huella del certificado no válida' });

const stationInfo = z.object({
  mode: z.enum(STATION_MODES),
  /** The name this computer's sessions and audit rows carry (a puesto: its name on the server). */
  workstation: z.string(),
  /** A puesto: its server. */
  server: z.object({ address: z.string(), fingerprint: z.string() }).nullable(),
  /** An equipo único nobody has worked on yet: it may become a puesto from its login screen. */
  untouched: z.boolean(),
  /** A puesto: whether the server answered its last call. */
  reachable: z.boolean().nullable(),
  /** The office server: where puestos reach it and the fingerprint they pin. */
  officeServer: z
    .object({ port: z.number(), addresses: z.array(z.string()), fingerprint: z.string(), listening: z.boolean() })
    .nullable(),
});
export type StationInfo = z.infer<typeof stationInfo>;

export const stationContract = {
  'station.info': query('public', z.strictObject({}), stationInfo),
  /** Servers announcing themselves on the office network (a couple of seconds of listening). */
  'station.discover': query(
    'public',
    z.strictObject({}),
    z.object({ servers: z.array(z.object({ name: z.string(), address: z.string(), fingerprint: z.string() })) }),
  ),
  /**
   * This computer becomes the puesto the code was made for. An admin's session is needed, except
   * on a new computer nobody has worked on, or a puesto the server no longer recognises (revoked):
   * the code is the proof then.
   */
  'station.pair': mutation(
    'public',
    z.strictObject({
      address: serverAddress,
      code: z.string().max(40, { error: 'Código de vinculación: máximo 40 caracteres' }),
      /** The fingerprint the server announced on the network, when it was picked from the list. */
      fingerprint: fingerprint.optional(),
    }),
    z.object({ name: z.string(), fingerprint: z.string() }),
  ),
  /** Equipo único ↔ servidor de la oficina (this computer's database). */
  'station.setMode': mutation(
    admin,
    z.strictObject({ mode: z.enum(['UNICO', 'SERVIDOR'], { error: 'Elija equipo único o servidor de la oficina' }) }),
    stationInfo,
  ),
  /** A puesto goes back to being an equipo único on its own database. */
  'station.leave': mutation(admin, z.strictObject({}), stationInfo),
};
export type StationContract = typeof stationContract;
export const isStationProcedure = (name: string): boolean => Object.hasOwn(stationContract, name);
