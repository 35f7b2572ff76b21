import { z } from 'zod';
import { PQR_STATUSES, SERVICES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { unknownPlaceholders, unknownPlaceholdersMessage } from '../responses/placeholders';
import { SUI_RESPONSE_TYPES } from '../responses/sui-response-types';
import { mutation, query } from './define';
import { id, lineText, requiredText } from './fields';
import { partyRow } from './parties.contract';
import { filingNumber } from './pqr.contract';
import { subscriberSummary } from './subscribers.contract';

/** Seed 002 step 16: the Coordinador de PQR writes the response; ADMIN keeps the catalog too. */
const coordinator = ['COORDINADOR_PQR'] as const;
const templateEditors = ['COORDINADOR_PQR', 'ADMIN'] as const;
/** Step 17: the asesor prints the letters; Gestión documental notifies them. */
const readers = rolesOf('PQR', 'ADMINISTRACION');

export const MAX_LETTER_CHARS = 8000;

const SUI_CODES = SUI_RESPONSE_TYPES.map((t) => t.code);
export const suiResponseType = z
  .number({ error: 'Tipo de respuesta SUI: elija uno de la lista' })
  .int({ error: 'Tipo de respuesta SUI: elija uno de la lista' })
  .refine((n) => (SUI_CODES as number[]).includes(n), {
    error: `Tipo de respuesta SUI: ${SUI_RESPONSE_TYPES.map((t) => `${t.code} ${t.label}`).join(', ')}`,
  });

const letterBody = requiredText('Texto', MAX_LETTER_CHARS);

export const responseNumber = z
  .string({ error: 'Número del oficio: escríbalo' })
  .trim()
  .toUpperCase()
  .regex(/^OFI-\d{4}-\d{6}$/, { error: 'Número del oficio: con el formato OFI-2026-000123' });

/** ADMINISTRACIÓN → Plantillas de respuesta: the same schema checks the dialog and the procedure. */
export const templateInput = z.strictObject({
  /** Absent: a new template. */
  id: id.optional(),
  name: lineText('Nombre', 80).refine((s) => s.length > 0, { error: 'Nombre: es obligatorio' }),
  body: letterBody.superRefine((body, ctx) => {
    const unknown = unknownPlaceholders(body);
    if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: unknownPlaceholdersMessage(unknown) });
  }),
  suiResponseType,
  active: z.boolean({ error: 'Activa: sí o no' }).default(true),
});
export type TemplateInput = z.input<typeof templateInput>;

export const templateRow = z.object({
  id: z.number(),
  name: z.string(),
  body: z.string(),
  suiResponseType: z.number(),
  suiResponseLabel: z.string(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type TemplateRow = z.infer<typeof templateRow>;

/** The response form of PQR → Respuestas. */
export const responseInput = z.strictObject({
  filingNumber,
  templateId: id.optional(),
  body: letterBody,
  suiResponseType,
});
export type ResponseInput = z.input<typeof responseInput>;

export const responseLetterView = z.object({
  id: z.number(),
  number: z.string(),
  createdAt: z.string(),
  suiResponseType: z.number(),
  suiResponseLabel: z.string(),
  templateName: z.string().nullable(),
  body: z.string(),
  request: z.object({
    filingNumber: z.string(),
    filedOn: z.string(),
    service: z.enum(SERVICES),
    cause: z.string(),
    status: z.enum(PQR_STATUSES),
  }),
  subscriber: subscriberSummary,
  party: partyRow,
  /** The Coordinador de PQR who signed it. */
  signer: z.object({ fullName: z.string(), documentNumber: z.string() }),
});
export type ResponseLetterView = z.infer<typeof responseLetterView>;

/** A trámite waiting for its response letter. */
export const pendingResponseRow = z.object({
  filingNumber: z.string(),
  filedOn: z.string(),
  dueOn: z.string(),
  status: z.enum(PQR_STATUSES),
  service: z.enum(SERVICES),
  cause: z.string(),
  subscriberCode: z.string(),
  partyName: z.string(),
  hasReport: z.boolean(),
});
export type PendingResponseRow = z.infer<typeof pendingResponseRow>;

export const responsesContract = {
  'responses.templates': query(
    readers,
    z.strictObject({ includeInactive: z.boolean({ error: 'Incluir inactivas: sí o no' }).default(false) }),
    z.array(templateRow),
  ),
  'responses.saveTemplate': mutation(templateEditors, templateInput, templateRow),
  /** The trámites in INFORME, or RADICADO when the causal needs no field report, oldest due first. */
  'responses.pending': query(coordinator, z.strictObject({}), z.array(pendingResponseRow)),
  /** A template filled with the trámite's data; the coordinator edits it before GUARDAR. */
  'responses.draft': query(
    coordinator,
    z.strictObject({ filingNumber, templateId: id }),
    z.object({ body: z.string(), suiResponseType: z.number(), unfilled: z.array(z.string()) }),
  ),
  /** GUARDAR: the letter takes its OFICIO number and the trámite moves to RESPONDIDO. */
  'responses.create': mutation(coordinator, responseInput, responseLetterView),
  'responses.get': query(readers, z.strictObject({ number: responseNumber }), responseLetterView),
  /** The letters of a trámite, the latest first. */
  'responses.of': query(readers, z.strictObject({ filingNumber }), z.array(responseLetterView)),
};
