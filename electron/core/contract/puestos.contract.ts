import { z } from 'zod';
import { rolesOf } from '../auth/modules';
import { internalMutation, internalQuery, mutation, query } from './define';
import { lineText } from './fields';

/**
 * ADMINISTRACIÓN → Puestos y red, on the servidor de la oficina: the puestos that work through it.
 * Pairing and recognising a puesto are internal: only the server's network channel calls them.
 */

const admin = rolesOf('ADMINISTRACION');

/** A pairing code is good for this long after the admin creates it. */
export const PAIRING_CODE_MINUTES = 30;
/** Twelve characters without look-alikes (no 0/O, 1/I/L), shown in groups of four. */
export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 12;

/** What a person types: case, spaces and dashes do not matter. */
export const normalizePairingCode = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');

export const puestoName = lineText('Nombre del puesto', 40).pipe(
  z
    .string()
    .transform((s) => s.toUpperCase())
    .refine((s) => /^[A-Z0-9][A-Z0-9-]*$/.test(s), {
      error: 'Nombre del puesto: solo letras sin tilde, dígitos y guiones, p. ej. CAJA-01',
    }),
);

const pairingCode = z
  .string({ error: 'Código de vinculación: escríbalo como lo muestra el servidor' })
  .max(40, { error: 'Código de vinculación: máximo 40 caracteres' })
  .transform(normalizePairingCode)
  .refine((s) => s.length === PAIRING_CODE_LENGTH, {
    error: `Código de vinculación: son ${PAIRING_CODE_LENGTH} letras y dígitos, p. ej. ABCD-EFGH-JKMN`,
  });

/** A network address as the server saw it, for the admin's list. */
const peerAddress = z.string().max(100);

export const PUESTO_STATES = ['PENDIENTE', 'VINCULADO', 'REVOCADO'] as const;

const puestoRow = z.object({
  id: z.number(),
  name: z.string(),
  state: z.enum(PUESTO_STATES),
  createdAt: z.string(),
  pairedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** A pending code's end (also for a paired puesto being paired again). */
  codeExpiresAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  lastAddress: z.string().nullable(),
  /** Who is logged in there now. */
  users: z.array(z.object({ username: z.string(), fullName: z.string(), lastSeenAt: z.string() })),
});
export type PuestoRow = z.infer<typeof puestoRow>;

const issuedCode = z.object({ id: z.number(), name: z.string(), code: z.string(), expiresAt: z.string() });
export type IssuedCode = z.infer<typeof issuedCode>;

export const puestosContract = {
  'puestos.list': query(admin, z.strictObject({}), z.object({ puestos: z.array(puestoRow) })),
  /** A new puesto and its one-time pairing code (shown once). */
  'puestos.create': mutation(admin, z.strictObject({ name: puestoName }), issuedCode),
  /** A fresh code: for a puesto whose code expired, or to pair a replaced computer (its old key ends when the code is used). */
  'puestos.newCode': mutation(admin, z.strictObject({ id: z.number().int().positive() }), issuedCode),
  /** The puesto's key stops working at once, and whoever is logged in there is logged out. */
  'puestos.revoke': mutation(
    admin,
    z.strictObject({ id: z.number().int().positive() }),
    z.object({ revokedAt: z.string(), sessionsEnded: z.number() }),
  ),
  /** The server's network channel: a computer presents a pairing code and receives the puesto's key. */
  'puestos.pair': internalMutation(
    'public',
    z.strictObject({ code: pairingCode, address: peerAddress }),
    z.object({ id: z.number(), name: z.string(), key: z.string() }),
  ),
  /** The server's network channel, on every call: which puesto this key is (or UNPAIRED). */
  'puestos.recognize': internalQuery(
    'public',
    z.strictObject({ key: z.string().max(200), address: peerAddress }),
    z.object({ id: z.number(), name: z.string() }),
  ),
};
