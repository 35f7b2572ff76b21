import { z } from 'zod';
import { DOCUMENT_TYPES, type DocumentType } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { normalizeDocument } from '../parties/documents';
import { mutation, query } from './define';
import { civilDate, id, lineText, requiredText, searchQuery } from './fields';
import { PADRON_WRITERS } from './padron-roles';

const counter = rolesOf('SUSCRIPTOR', 'RECAUDO', 'PQR');
/** The counter, and the padrón's writers: the titular of a matrícula is found or added on the spot. */
const titularPickers = [...new Set([...counter, ...PADRON_WRITERS])];

export const partyRow = z.object({
  id: z.number(),
  documentType: z.enum(DOCUMENT_TYPES),
  documentNumber: z.string(),
  names: z.string(),
  surnames: z.string(),
  fullName: z.string(),
  mobile: z.string(),
  email: z.string(),
  address: z.string(),
  emailConsent: z.boolean(),
  emailConsentDate: z.string().nullable(),
});
export type PartyRow = z.infer<typeof partyRow>;

const documentType = z.enum(DOCUMENT_TYPES, { error: 'Tipo de documento: elija uno de la lista' });

const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * The cross-field rules of a tercero. They also run when other fields are wrong, so the form
 * shows every problem at once; hence the defensive reading of the raw values.
 */
function checkParty(p: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const type = p.documentType;
  if (isText(type) && (DOCUMENT_TYPES as readonly string[]).includes(type) && isText(p.documentNumber)) {
    const doc = normalizeDocument(type as DocumentType, p.documentNumber);
    if ('error' in doc) ctx.addIssue({ code: 'custom', path: ['documentNumber'], message: doc.error });
  }
  if (type !== 'NIT' && (p.surnames === undefined || (isText(p.surnames) && p.surnames.trim() === ''))) {
    ctx.addIssue({ code: 'custom', path: ['surnames'], message: 'Apellidos: es obligatorio' });
  }
  if (p.emailConsent === true && (p.email === undefined || p.email === '')) {
    ctx.addIssue({
      code: 'custom',
      path: ['email'],
      message: 'Correo: es obligatorio cuando autoriza la notificación por correo electrónico',
    });
  }
}

/** The tercero form: the same schema checks the screen and the procedure. */
export const partyFields = z
  .strictObject({
    documentType,
    documentNumber: lineText('Número de documento', 20),
    names: requiredText('Nombres', 80),
    surnames: lineText('Apellidos', 80).default(''),
    mobile: lineText('Celular', 10)
      .regex(/^(\d{10})?$/, { error: 'Celular: 10 dígitos, sin espacios' })
      .default(''),
    email: lineText('Correo', 120)
      .pipe(z.union([z.literal(''), z.email({ error: 'Correo: no es una dirección válida' })]))
      .default(''),
    address: lineText('Dirección', 120).default(''),
    emailConsent: z.boolean({ error: 'Autorización de notificación por correo: sí o no' }).default(false),
    emailConsentDate: civilDate.nullable().default(null),
  })
  .superRefine((p, ctx) => checkParty(p as Record<string, unknown>, ctx), {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  })
  .transform((p) => {
    const doc = normalizeDocument(p.documentType, p.documentNumber);
    return { ...p, documentNumber: 'value' in doc ? doc.value : p.documentNumber };
  });
export type PartyFields = z.input<typeof partyFields>;

export const partiesContract = {
  /** Look up by document number as typed at the counter (any document type). */
  'parties.byDocument': query(
    titularPickers,
    z.strictObject({
      documentNumber: lineText('Número de documento', 20).min(1, { error: 'Número de documento: es obligatorio' }),
    }),
    z.array(partyRow),
  ),
  'parties.search': query(counter, z.strictObject({ q: searchQuery }), z.array(partyRow)),
  'parties.create': mutation(titularPickers, partyFields, partyRow),
  'parties.update': mutation(titularPickers, z.strictObject({ id, party: partyFields }), partyRow),
};
