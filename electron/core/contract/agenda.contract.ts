import { z } from 'zod';
import { APPOINTMENT_STATUSES, PQR_STATUSES, SERVICES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { civilDate, lineText, text } from './fields';
import { filingNumber } from './pqr.contract';

const readers = rolesOf('PQR');
/** Who gives and moves appointments: the counter, and those who radicate with it. */
const bookers = ['ASESOR', 'COORDINADOR_PQR', 'SUPERVISOR'] as const;

/**
 * A place of the agenda as the form sends it; the core says whether the window exists. It
 * travels as `appointment` both here and in pqr.create, so a refusal names the same field.
 */
export const slotInput = z.strictObject({
  visitOn: z.iso.date({ error: 'Fecha de visita: use el formato AAAA-MM-DD' }),
  timeWindow: lineText('Franja', 20).refine((s) => s.length > 0, { error: 'Franja: elija una' }),
});
export type SlotInput = z.input<typeof slotInput>;

export const rescheduleReason = text('Motivo', 300).refine((s) => s.length >= 10, {
  error: 'Motivo: explique en al menos 10 caracteres',
});

const person = z.object({ fullName: z.string(), documentNumber: z.string() });

export const appointmentView = z.object({
  id: z.number(),
  filingNumber: z.string(),
  visitOn: z.string(),
  timeWindow: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  /** Who gave (or moved) the appointment. */
  asesor: person,
  createdAt: z.string(),
  /** On a REPROGRAMADA appointment: why it moved, and the one that replaced it. */
  rescheduleReason: z.string().nullable(),
  replacedById: z.number().nullable(),
});
export type AppointmentView = z.infer<typeof appointmentView>;

export const slotDay = z.object({
  date: z.string(),
  /** Only the windows still offered: today's windows already started are left out. */
  windows: z.array(z.object({ timeWindow: z.string(), taken: z.number(), free: z.number() })),
});
export type SlotDay = z.infer<typeof slotDay>;

export const freeSlots = z.object({
  windows: z.array(z.string()),
  capacity: z.number(),
  /** The last day the agenda offers. */
  horizon: z.string(),
  days: z.array(slotDay),
});
export type FreeSlots = z.infer<typeof freeSlots>;

export const dayVisit = z.object({
  appointmentId: z.number(),
  filingNumber: z.string(),
  timeWindow: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  subscriberCode: z.string(),
  /** The titular of the account. */
  name: z.string(),
  address: z.string(),
  neighborhood: z.string(),
  routeCode: z.string(),
  /** The requester's mobile, else the titular's. */
  mobile: z.string(),
  service: z.enum(SERVICES),
  cause: z.string(),
  requestStatus: z.enum(PQR_STATUSES),
  asesor: z.string(),
  workOrderNumber: z.string().nullable(),
});
export type DayVisit = z.infer<typeof dayVisit>;

export const fieldWorkerRef = z.object({
  id: z.number(),
  name: z.string(),
  documentNumber: z.string(),
  mobile: z.string(),
});

export const agendaDay = z.object({
  date: z.string(),
  businessDay: z.boolean(),
  /** The holiday's name when the day is one. */
  holiday: z.string().nullable(),
  /** The business days around it, for the day picker's arrows. */
  previousBusinessDay: z.string(),
  nextBusinessDay: z.string(),
  windows: z.array(z.string()),
  capacity: z.number(),
  /** One group per field worker (by name), then those without one ("Sin asignar"); visits by route, then window. */
  groups: z.array(z.object({ fieldWorker: fieldWorkerRef.nullable(), visits: z.array(dayVisit) })),
});
export type AgendaDay = z.infer<typeof agendaDay>;

export const agendaContract = {
  /** The next business days from a date, each window with its places taken and free. */
  'agenda.freeSlots': query(
    readers,
    z.strictObject({
      from: civilDate.optional(),
      days: z.number({ error: 'Días: escriba un número' }).int().min(1, { error: 'Días: al menos 1' }).max(120).optional(),
    }),
    freeSlots,
  ),
  /** A slot for a trámite whose causal uses the agenda. */
  'agenda.book': mutation(bookers, z.strictObject({ filingNumber, appointment: slotInput }), appointmentView),
  /** Moves the ACTIVA appointment to a new slot; the old one stays as REPROGRAMADA with the reason. */
  'agenda.reschedule': mutation(
    bookers,
    z.strictObject({ filingNumber, appointment: slotInput, reason: rescheduleReason }),
    appointmentView,
  ),
  /** Every appointment the trámite had, oldest first. */
  'agenda.history': query(readers, z.strictObject({ filingNumber }), z.array(appointmentView)),
  /** A day's visits by field worker: the screen's grid and the route sheets. */
  'agenda.day': query(readers, z.strictObject({ date: civilDate }), agendaDay),
};
