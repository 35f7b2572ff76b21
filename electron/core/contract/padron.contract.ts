import { z } from 'zod';
import { LAND_USES, SERVICES, SUBSCRIBER_STATUSES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { civilDate, id, lineText, requestKey, requiredText, subscriberCode, text } from './fields';
import { PADRON_WRITERS } from './padron-roles';
import { subscriberRecord, subscriberSummary, titularPeriod } from './subscribers.contract';

/**
 * SUSCRIPTOR → Padrón: the matrícula (alta), edits, the lifecycle and the cambio de titular.
 * Its writers keep it; the director approves lifecycle moves as well.
 */
const movers = ['SUPERVISOR', 'DIRECTOR_COMERCIAL', 'ADMIN'] as const;
const readers = [...rolesOf('SUSCRIPTOR'), 'ADMIN'] as const;

const stratum = z
  .number({ error: 'Estrato: de 1 a 6' })
  .int({ error: 'Estrato: de 1 a 6' })
  .min(1, { error: 'Estrato: de 1 a 6' })
  .max(6, { error: 'Estrato: de 1 a 6' })
  .nullable();

/** The predio and its services: what the alta and an edit both give. */
const premises = {
  address: requiredText('Dirección', 120).transform((s) => s.toUpperCase()),
  neighborhood: lineText('Barrio', 60).transform((s) => s.toUpperCase()),
  zoneId: id,
  routeId: id,
  landUse: z.enum(LAND_USES, { error: 'Uso: residencial, comercial, industrial u oficial' }),
  stratum,
  aqueduct: z.boolean(),
  sewer: z.boolean(),
  waste: z.boolean(),
  hasMeter: z.boolean(),
  meterSerial: lineText('Serial del medidor', 30).transform((s) => s.toUpperCase()),
  meterBrand: lineText('Marca del medidor', 30).transform((s) => s.toUpperCase()),
};

export const registerInput = z.strictObject({ requestKey, code: subscriberCode, ownerPartyId: id, ...premises });
export type RegisterInput = z.output<typeof registerInput>;
export const updateInput = z.strictObject({ code: subscriberCode, ...premises });
export type PremisesInput = z.output<typeof updateInput>;

const reason = (label: string) =>
  text(label, 300).refine((s) => s.length >= 10, { error: `${label}: explique en al menos 10 caracteres` });

export const statusChangeInput = z.strictObject({
  code: subscriberCode,
  to: z.enum(SUBSCRIBER_STATUSES, { error: 'Estado: elija uno de la lista' }),
  effectiveOn: civilDate,
  reason: reason('Motivo'),
  document: requiredText('Documento que lo ordena', 80),
});

export const ownerChangeInput = z.strictObject({
  code: subscriberCode,
  partyId: id,
  effectiveOn: civilDate,
  documents: z
    .array(requiredText('Documento presentado', 80), { error: 'Documentos presentados: lista no válida' })
    .min(1, {
      error: 'Documentos presentados: indique al menos uno (escrituras, compraventa, carta de entrega, cesión de derechos)',
    })
    .max(8, { error: 'Documentos presentados: máximo 8' }),
});

export const padronOptions = z.object({
  codeDigits: z.number(),
  zones: z.array(z.object({ id: z.number(), name: z.string() })),
  routes: z.array(z.object({ id: z.number(), zoneId: z.number(), code: z.string(), name: z.string() })),
  services: z.array(z.object({ code: z.enum(SERVICES), name: z.string() })),
});

const change = z.object({ field: z.string(), before: z.string(), after: z.string() });

export const padronHistory = z.object({
  /** Edits of the predio, newest first: who, when, what changed. */
  edits: z.array(z.object({ at: z.string(), user: z.string(), what: z.string(), changes: z.array(change) })),
  statuses: z.array(
    z.object({
      fromStatus: z.enum(SUBSCRIBER_STATUSES),
      toStatus: z.enum(SUBSCRIBER_STATUSES),
      effectiveOn: z.string(),
      reason: z.string(),
      document: z.string(),
      at: z.string(),
      user: z.string(),
    }),
  ),
  owners: z.array(titularPeriod),
});

export const padronContract = {
  /**
   * Código + Enter on the padrón: the predio and titular its forms start from, for every padrón
   * role (the administrator included, who has no counter and no business with the account).
   */
  'padron.subscriber': query(readers, z.strictObject({ code: subscriberCode }), subscriberRecord),
  /** The lists the matrícula form offers (active zonas, rutas, servicios) and the código's length. */
  'padron.options': query(PADRON_WRITERS, z.strictObject({}), padronOptions),
  'padron.register': mutation(PADRON_WRITERS, registerInput, subscriberSummary),
  'padron.update': mutation(PADRON_WRITERS, updateInput, subscriberSummary),
  'padron.changeStatus': mutation(movers, statusChangeInput, subscriberSummary),
  'padron.changeOwner': mutation(PADRON_WRITERS, ownerChangeInput, subscriberSummary),
  'padron.history': query(readers, z.strictObject({ code: subscriberCode }), padronHistory),
};
