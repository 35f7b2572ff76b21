import { z } from 'zod';
import { APPLICANT_KINDS, CAUSE_OUTCOMES, PQR_ASSIGNERS, PQR_STATUSES, SERVICES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { civilDate, id, lineText, requestKey, requiredText, subscriberCode, text } from './fields';
import { partyRow } from './parties.contract';
import { subscriberSummary } from './subscribers.contract';
import { ownerChangeSummary } from './name-change.contract';

const pqrRoles = rolesOf('PQR');
/** Radicating is the counter's work (seeds 001 and 002); coordinators may radicate too. */
/** Who radicates trámites (and prints what the counter gives the user about them). */
export const PQR_FILERS = ['ASESOR', 'COORDINADOR_PQR', 'SUPERVISOR'] as const;
const filers = PQR_FILERS;

export const filingNumber = z
  .string({ error: 'Radicado: escríbalo' })
  .trim()
  .toUpperCase()
  .regex(/^RAD-\d{4}-\d{6}$/, { error: 'Radicado: con el formato RAD-2026-000123' });

const select = (label: string) => id.optional().refine((v) => v !== undefined, { error: `${label}: elija uno de la lista` });

/** The PQR → TRÁMITE form; the same schema checks the screen and the procedure. */
export const pqrInput = z.strictObject({
  requestKey,
  zoneId: select('Zona'),
  channelId: select('Medio'),
  subscriberCode,
  partyId: id.optional().refine((v) => v !== undefined, { error: 'Tercero: busque por cédula o agréguelo con +' }),
  service: z.enum(SERVICES, { error: 'Servicio: ACUEDUCTO, ALCANTARILLADO o ASEO' }),
  requestTypeId: select('Tipo de trámite'),
  causeId: select('Causal'),
  observation: requiredText('Observación', 1000),
  /** Who asks: the titular, a tercero with carta poder, a notaría with poder notarial. */
  applicantKind: z.enum(APPLICANT_KINDS, { error: 'Solicitante: titular, tercero o notaría' }).default('TITULAR'),
  /** The requirements the user brought, as the asesor ticked them (pqr.requirements lists them). */
  requirementsPresented: z.array(id, { error: 'Requisitos: lista no válida' }).max(50).default([]),
  /** A slot of the visit agenda, for causales that use it. */
  appointment: z
    .strictObject({ visitOn: civilDate, timeWindow: lineText('Franja', 20).min(1, { error: 'Franja: elija una' }) })
    .optional(),
});
export type PqrInput = z.input<typeof pqrInput>;

export const causeRow = z.object({
  id: z.number(),
  service: z.enum(SERVICES),
  name: z.string(),
  suiGroup: z.enum(['F', 'P']),
  suiCode: z.string(),
  gateProductCode: z.string().nullable(),
  needsAppointment: z.boolean(),
  requiresFieldReport: z.boolean(),
  closesWithReport: z.boolean(),
  restoresService: z.boolean(),
  assignedBy: z.enum(PQR_ASSIGNERS),
  /** Its own term in business days, over the tipo's; null: the tipo's. */
  termDays: z.number().nullable(),
  /** A term in hours from filing (reconnections: 24); null: in business days. */
  termHours: z.number().nullable(),
  /** Radicated only for an account al corriente (seed 004). */
  requiresAccountCurrent: z.boolean(),
  /** What radicating it issues at once (a certificado de no adeudo); null: an ordinary trámite. */
  outcome: z.enum(CAUSE_OUTCOMES).nullable(),
});
export type CauseRow = z.infer<typeof causeRow>;

export const pqrCatalog = z.object({
  zones: z.array(z.object({ id: z.number(), name: z.string() })),
  channels: z.array(z.object({ id: z.number(), name: z.string() })),
  requestTypes: z.array(z.object({ id: z.number(), name: z.string(), responseDays: z.number() })),
  causes: z.array(causeRow),
});

/** What the payment gate found for a causal that needs a paid factura (seed 001). */
export const gateResult = z.object({
  required: z.boolean(),
  ok: z.boolean(),
  /** Spanish: what was found, or what must be paid first. */
  message: z.string(),
  invoiceNumber: z.string().nullable(),
  agreementNumber: z.string().nullable(),
  /** What the trámite costs (the gate product's price today), told to the user; null: no fee. */
  fee: z.number().nullable(),
});
export type GateResult = z.infer<typeof gateResult>;

export const requirementCheck = z.object({ id: z.number(), name: z.string(), required: z.boolean(), presented: z.boolean() });

const requirementFacts = z.strictObject({
  requestTypeId: id,
  causeId: id,
  applicantKind: z.enum(APPLICANT_KINDS, { error: 'Solicitante: titular, tercero o notaría' }),
});

export const deadlineView = z.object({
  termDays: z.number(),
  dueOn: z.string(),
  /** The instant it is due, for a causal whose term is in hours (a reconnection: 24 h); else null. */
  dueAt: z.string().nullable(),
  /** Business days left; negative when overdue. */
  daysLeft: z.number(),
  /** Hours left for a term in hours (negative once late); else null. */
  hoursLeft: z.number().nullable(),
  dueSoon: z.boolean(),
  overdue: z.boolean(),
  paused: z.boolean(),
  extendedDays: z.number(),
  extensionReason: z.string().nullable(),
  /** A PQR past its term with no notified response: silencio administrativo positivo. */
  silence: z.boolean(),
});

export const pqrEvent = z.object({
  at: z.string(),
  user: z.string(),
  fromStatus: z.enum(PQR_STATUSES).nullable(),
  toStatus: z.enum(PQR_STATUSES),
  note: z.string(),
});

export const pqrView = z.object({
  id: z.number(),
  filingNumber: z.string(),
  filedAt: z.string(),
  filedOn: z.string(),
  zone: z.string(),
  channel: z.string(),
  subscriber: subscriberSummary.extend({ hasMeter: z.boolean() }),
  party: partyRow,
  service: z.enum(SERVICES),
  requestType: z.string(),
  applicantKind: z.enum(APPLICANT_KINDS),
  cause: causeRow,
  observation: z.string(),
  status: z.enum(PQR_STATUSES),
  deadline: deadlineView,
  gate: z.object({ invoiceNumber: z.string().nullable(), agreementNumber: z.string().nullable() }),
  appointment: z.object({ visitOn: z.string(), timeWindow: z.string() }).nullable(),
  /** The requirements of its tipo/causal and whether the user brought each. */
  requirements: z.array(requirementCheck),
  asesor: z.object({ fullName: z.string(), documentNumber: z.string() }),
  closedAt: z.string().nullable(),
  events: z.array(pqrEvent),
  /** The certificado de no adeudo its radicación issued, if its causal issues one. */
  certificate: z.object({ number: z.string(), validUntil: z.string() }).nullable(),
  /** The titular its radicación changed, if its causal is a cambio de nombre. */
  ownerChange: ownerChangeSummary.nullable(),
});
export type PqrView = z.infer<typeof pqrView>;

export const BANDEJAS = ['MIOS', 'ABIERTOS', 'POR_VENCER', 'VENCIDOS', 'CERRADOS'] as const;
export type Bandeja = (typeof BANDEJAS)[number];
export const MAX_PAGE = 100;

export const bandejaInput = z.strictObject({
  bandeja: z.enum(BANDEJAS, { error: 'Bandeja: elija una de la lista' }),
  status: z.enum(PQR_STATUSES, { error: 'Estado: elija uno de la lista' }).optional(),
  service: z.enum(SERVICES, { error: 'Servicio: elija uno de la lista' }).optional(),
  causeId: id.optional(),
  /** Keyset: the last row of the previous page. */
  after: z.strictObject({ dueOn: civilDate, id }).optional(),
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE, { error: `Página: máximo ${MAX_PAGE} filas` })
    .default(50),
});

export const bandejaRow = z.object({
  id: z.number(),
  filingNumber: z.string(),
  filedOn: z.string(),
  subscriberCode: z.string(),
  subscriberName: z.string(),
  routeCode: z.string(),
  service: z.enum(SERVICES),
  cause: z.string(),
  status: z.enum(PQR_STATUSES),
  dueOn: z.string(),
  daysLeft: z.number(),
  hoursLeft: z.number().nullable(),
  dueSoon: z.boolean(),
  overdue: z.boolean(),
  silence: z.boolean(),
});
export type BandejaRow = z.infer<typeof bandejaRow>;

const reason = (label: string) => text(label, 300).min(10, { error: `${label}: explique en al menos 10 caracteres` });

/** A "Documentación faltante" as it prints (one copy, for the user). */
export const missingNoticeView = z.object({
  number: z.string(),
  createdAt: z.string(),
  subscriber: subscriberSummary,
  party: partyRow,
  service: z.enum(SERVICES),
  requestType: z.string(),
  cause: z.string(),
  applicantKind: z.enum(APPLICANT_KINDS),
  missing: z.array(z.string()),
  presented: z.array(z.string()),
  asesor: z.object({ fullName: z.string(), documentNumber: z.string() }),
});
export type MissingNoticeView = z.infer<typeof missingNoticeView>;

export const pqrContract = {
  'pqr.catalog': query(pqrRoles, z.strictObject({}), pqrCatalog),
  'pqr.gate': query(pqrRoles, z.strictObject({ subscriberCode, causeId: id }), gateResult),
  'pqr.create': mutation(filers, pqrInput, pqrView),
  /** The checklist of a tipo and causal for who asks. */
  'pqr.requirements': query(pqrRoles, requirementFacts, z.array(requirementCheck.omit({ presented: true }))),
  /** "Documentación faltante": numbered and printed for the user when something required is missing. */
  'pqr.missingNotice': mutation(
    filers,
    requirementFacts.extend({
      requestKey,
      subscriberCode,
      partyId: id,
      requirementsPresented: z.array(id, { error: 'Requisitos: lista no válida' }).max(50),
    }),
    z.object({ number: z.string(), missing: z.array(z.string()), presented: z.array(z.string()) }),
  ),
  'pqr.get': query(pqrRoles, z.strictObject({ filingNumber }), pqrView),
  'pqr.bySubscriber': query(pqrRoles, z.strictObject({ code: subscriberCode }), z.array(bandejaRow)),
  'pqr.list': query(
    pqrRoles,
    bandejaInput,
    z.object({ rows: z.array(bandejaRow), next: z.object({ dueOn: z.string(), id: z.number() }).nullable() }),
  ),
  /** The clock stops while the office waits on evidence the user must bring. */
  'pqr.pause': mutation(['COORDINADOR_PQR', 'SUPERVISOR'], z.strictObject({ filingNumber, reason: reason('Motivo') }), pqrView),
  'pqr.resume': mutation(['COORDINADOR_PQR', 'SUPERVISOR'], z.strictObject({ filingNumber }), pqrView),
  /** One extension, before the term expires (Ley 142 art. 158). */
  'pqr.extend': mutation(
    ['COORDINADOR_PQR'],
    z.strictObject({
      filingNumber,
      days: z
        .number({ error: 'Días: escriba un número' })
        .int({ error: 'Días: un número entero' })
        .min(1, { error: 'Días: al menos 1' }),
      reason: reason('Motivo'),
    }),
    pqrView,
  ),
};
