import { z } from 'zod';
import { NOTIFICATION_KINDS, NOTIFICATION_RESULTS, PQR_STATUSES } from '../../../db/schema/enums';
import { mutation, query } from './define';
import { lineText, text } from './fields';
import { filingNumber } from './pqr.contract';
import { responseLetterView } from './responses.contract';

/** Seed 002 steps 18–19: the contratista, 4-72 or Gestión documental notify; the counter records it too. */
export const NOTIFIERS = ['GESTION_DOCUMENTAL', 'COORDINADOR_PQR', 'ASESOR'] as const;

const note = text('Observación', 500).default('');
const optionalDay = (label: string) => z.iso.date({ error: `${label}: use el formato AAAA-MM-DD` }).optional();

/** Personal: who received the letter (name and cédula), or why it could not be delivered. */
const personal = z
  .strictObject({
    filingNumber,
    kind: z.literal('PERSONAL'),
    result: z.enum(['NOTIFICADO', 'FALLIDO'], { error: 'Resultado: NOTIFICADO o FALLIDO' }),
    /** The day of the attempt; today when absent. */
    on: optionalDay('Fecha'),
    receiverName: lineText('Nombre de quien recibe', 120).default(''),
    receiverDocument: lineText('Cédula de quien recibe', 20)
      .regex(/^(\d{5,12})?$/, { error: 'Cédula de quien recibe: solo dígitos, de 5 a 12' })
      .default(''),
    note,
  })
  .superRefine((v, ctx) => {
    if (v.result === 'NOTIFICADO' && v.receiverName === '')
      ctx.addIssue({ code: 'custom', path: ['receiverName'], message: 'Nombre de quien recibe: es obligatorio' });
    if (v.result === 'NOTIFICADO' && v.receiverDocument === '')
      ctx.addIssue({ code: 'custom', path: ['receiverDocument'], message: 'Cédula de quien recibe: es obligatoria' });
    if (v.result === 'FALLIDO' && v.note === '')
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Observación: diga por qué no se pudo notificar' });
  });

/** Correo certificado 4-72: the guide number and the day it was sent; delivered or returned later. */
const certifiedMail = z.strictObject({
  filingNumber,
  kind: z.literal('CORREO_CERTIFICADO'),
  guideNumber: lineText('Número de guía', 30)
    .toUpperCase()
    .regex(/^[A-Z0-9-]{6,30}$/, { error: 'Número de guía: de 6 a 30 letras o dígitos, sin espacios' }),
  sentOn: optionalDay('Fecha de envío'),
  note,
});

/** Correo electrónico: only to a tercero who signed the authorisation (Ley 1437 art. 56). */
const electronic = z.strictObject({
  filingNumber,
  kind: z.literal('ELECTRONICO'),
  sentOn: optionalDay('Fecha de envío'),
  note,
});

/** Edicto: posted on the main office board on a business day; the removal date is computed. */
const edict = z.strictObject({
  filingNumber,
  kind: z.literal('EDICTO'),
  postedOn: optionalDay('Fecha de fijación'),
  note,
});

export const notificationInput = z.discriminatedUnion('kind', [personal, certifiedMail, electronic, edict], {
  error: 'Tipo de notificación: PERSONAL, CORREO_CERTIFICADO, ELECTRONICO o EDICTO',
});
export type NotificationInput = z.input<typeof notificationInput>;

export const NOTIFICATION_OUTCOMES = ['DELIVERED', 'RETURNED'] as const;

export const notificationView = z.object({
  id: z.number(),
  kind: z.enum(NOTIFICATION_KINDS),
  result: z.enum(NOTIFICATION_RESULTS),
  /** The edicto's number; null for the other kinds. */
  number: z.string().nullable(),
  letterNumber: z.string(),
  receiverName: z.string().nullable(),
  receiverDocument: z.string().nullable(),
  guideNumber: z.string().nullable(),
  email: z.string().nullable(),
  sentOn: z.string().nullable(),
  resultOn: z.string().nullable(),
  postedOn: z.string().nullable(),
  removalOn: z.string().nullable(),
  note: z.string(),
  recordedAt: z.string(),
  recordedBy: z.object({ fullName: z.string(), documentNumber: z.string() }),
  resultRecordedAt: z.string().nullable(),
  resultRecordedBy: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const edictNumber = z
  .string({ error: 'Número del edicto: escríbalo' })
  .trim()
  .toUpperCase()
  .regex(/^EDI-\d{4}-\d{6}$/, { error: 'Número del edicto: con el formato EDI-2026-000123' });

/** A trámite whose response letter waits to be notified. */
export const pendingNotificationRow = z.object({
  filingNumber: z.string(),
  status: z.enum(PQR_STATUSES),
  letterNumber: z.string(),
  letterDate: z.string(),
  subscriberCode: z.string(),
  partyName: z.string(),
  emailConsent: z.boolean(),
  /** The latest attempt; null when none yet. */
  lastAttempt: z.object({ kind: z.enum(NOTIFICATION_KINDS), result: z.enum(NOTIFICATION_RESULTS) }).nullable(),
});
export type PendingNotificationRow = z.infer<typeof pendingNotificationRow>;

const notificationId = z.number({ error: 'Notificación: no válida' }).int().positive().max(Number.MAX_SAFE_INTEGER);

export const notificationsContract = {
  'notifications.record': mutation(NOTIFIERS, notificationInput, notificationView),
  /** 4-72 or e-mail: delivered (notified on resultOn) or returned (failed). */
  'notifications.update': mutation(
    NOTIFIERS,
    z.strictObject({
      id: notificationId,
      outcome: z.enum(NOTIFICATION_OUTCOMES, { error: 'Resultado: entregado (DELIVERED) o devuelto (RETURNED)' }),
      resultOn: optionalDay('Fecha del resultado'),
      note,
    }),
    notificationView,
  ),
  /** The edicto comes down on or after its removal date: the notification is then complete. */
  'notifications.removeEdict': mutation(
    NOTIFIERS,
    z.strictObject({ number: edictNumber, removedOn: optionalDay('Fecha de desfijación') }),
    notificationView,
  ),
  'notifications.of': query(NOTIFIERS, z.strictObject({ filingNumber }), z.array(notificationView)),
  /** Trámites RESPONDIDO, oldest letter first. */
  'notifications.pending': query(NOTIFIERS, z.strictObject({}), z.array(pendingNotificationRow)),
  /** What the edicto prints: the notification and the response letter it makes known. */
  'notifications.edict': query(
    NOTIFIERS,
    z.strictObject({ number: edictNumber }),
    z.object({ edict: notificationView, letter: responseLetterView, businessDays: z.number() }),
  ),
};
