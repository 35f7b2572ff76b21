import type { PqrStatus } from '../../../db/schema/enums';
import { holidaysOf } from '../calendar/holidays';
import type { Ctx } from '../context';
import { actor, nowIso } from '../context';
import type { AppointmentView, FreeSlots } from '../contract/agenda.contract';
import { invalidField, notFound, ruleBroken } from '../errors';
import { officeText } from '../office/office-format';
import { prepared } from '../statements';
import {
  TAKING,
  agendaConfig,
  checkSlot,
  horizonOf,
  offeredDays,
  officeNow,
  requireFreePlace,
  SLOT_FIELDS,
  type Slot,
} from './slots';

interface RequestRow {
  id: number;
  filingNumber: string;
  status: PqrStatus;
  cause: string;
  needsAppointment: number;
}

const REQUEST = `SELECT r.id, r.filing_number AS filingNumber, r.status, c.name AS cause, c.needs_appointment AS needsAppointment
  FROM pqr_requests r JOIN causes c ON c.id = r.cause_id`;

function requestOf(ctx: Ctx, requestId: number): RequestRow {
  const row = prepared(ctx.sqlite, `${REQUEST} WHERE r.id = ?`).get(requestId) as RequestRow | undefined;
  if (!row) throw notFound('No existe el trámite al que se le quiere dar la cita.');
  return row;
}

function requireOpen(request: RequestRow): void {
  if (request.status === 'CERRADO') {
    throw ruleBroken(`El trámite ${request.filingNumber} está cerrado: ya no se le dan ni se mueven citas.`, 'filingNumber');
  }
}

const VIEW = `SELECT a.id, r.filing_number AS filingNumber, a.visit_on AS visitOn, a.time_window AS timeWindow, a.status,
    u.full_name AS fullName, u.document_number AS documentNumber, a.created_at AS createdAt,
    a.reschedule_reason AS rescheduleReason, a.replaced_by_id AS replacedById
  FROM visit_appointments a JOIN pqr_requests r ON r.id = a.request_id JOIN users u ON u.id = a.asesor_id`;

type ViewRow = Omit<AppointmentView, 'asesor'> & AppointmentView['asesor'];

const toView = ({ fullName, documentNumber, ...row }: ViewRow): AppointmentView => ({
  ...row,
  asesor: { fullName, documentNumber },
});

function appointmentById(ctx: Ctx, id: number): AppointmentView {
  return toView(prepared(ctx.sqlite, `${VIEW} WHERE a.id = ?`).get(id) as ViewRow);
}

function activeOf(ctx: Ctx, requestId: number): AppointmentView | undefined {
  const row = prepared(ctx.sqlite, `${VIEW} WHERE a.request_id = ? AND a.status = 'ACTIVA'`).get(requestId) as
    ViewRow | undefined;
  return row && toView(row);
}

function insertAppointment(ctx: Ctx, requestId: number, slot: Slot): number {
  return prepared(
    ctx.sqlite,
    `INSERT INTO visit_appointments (request_id, visit_on, time_window, status, asesor_id, created_at)
     VALUES (?, ?, ?, 'ACTIVA', ?, ?) RETURNING id`,
  )
    .pluck()
    .get(requestId, slot.visitOn, slot.timeWindow, actor(ctx).id, nowIso(ctx)) as number;
}

/** A free slot that the agenda offers, or the Spanish reason it does not; counted in this transaction. */
function requireBookable(ctx: Ctx, slot: Slot): void {
  const config = agendaConfig(ctx);
  checkSlot(ctx, slot, config, holidaysOf(ctx));
  requireFreePlace(ctx, slot, config);
}

/**
 * Gives a trámite its visit (seed 002 step 10): the appointment holds the radicado (and through
 * it the código and ruta) and the asesor who gave it. Runs in the caller's IMMEDIATE
 * transaction, so that of two asesores taking the last place of a window only one gets it;
 * pqr.create calls it in its own so the radicado and its appointment are saved together.
 */
export function bookAppointment(ctx: Ctx, requestId: number, slot: Slot): AppointmentView {
  if (!ctx.sqlite.inTransaction) throw new Error('bookAppointment fuera de una transacción');
  const request = requestOf(ctx, requestId);
  requireOpen(request);
  if (!request.needsAppointment) {
    throw ruleBroken(`La causal ${request.cause} no usa la agenda de visitas.`, 'filingNumber');
  }
  const active = activeOf(ctx, requestId);
  if (active) {
    throw ruleBroken(
      `El trámite ${request.filingNumber} ya tiene cita el ${officeText(ctx.db).day(active.visitOn)} de ${active.timeWindow}: para cambiarla, reprográmela.`,
      'filingNumber',
    );
  }
  requireBookable(ctx, slot);
  const id = insertAppointment(ctx, requestId, slot);
  const view = appointmentById(ctx, id);
  ctx.audit({ recordType: 'visit_appointment', recordId: id, after: view });
  return view;
}

/**
 * Moves a trámite's visit: the ACTIVA appointment becomes REPROGRAMADA with the reason and a
 * pointer to the new ACTIVA one, so the history shows every date it had and why it changed.
 */
export function rescheduleAppointment(ctx: Ctx, requestId: number, slot: Slot, reason: string): AppointmentView {
  const request = requestOf(ctx, requestId);
  requireOpen(request);
  const old = activeOf(ctx, requestId);
  if (!old) {
    throw ruleBroken(
      `El trámite ${request.filingNumber} no tiene una cita activa que reprogramar; asígnele una.`,
      'filingNumber',
    );
  }
  if (old.visitOn === slot.visitOn && old.timeWindow === slot.timeWindow) {
    throw invalidField(SLOT_FIELDS.timeWindow, 'Franja: la cita ya está en esa fecha y franja; elija otra');
  }
  requireBookable(ctx, slot);
  prepared(ctx.sqlite, "UPDATE visit_appointments SET status = 'REPROGRAMADA', reschedule_reason = ? WHERE id = ?").run(
    reason,
    old.id,
  );
  const id = insertAppointment(ctx, requestId, slot);
  prepared(ctx.sqlite, 'UPDATE visit_appointments SET replaced_by_id = ? WHERE id = ?').run(id, old.id);
  const view = appointmentById(ctx, id);
  ctx.audit({ recordType: 'visit_appointment', recordId: old.id, before: old, after: appointmentById(ctx, old.id) });
  ctx.audit({ recordType: 'visit_appointment', recordId: id, after: view });
  return view;
}

export function appointmentHistory(ctx: Ctx, requestId: number): AppointmentView[] {
  return (prepared(ctx.sqlite, `${VIEW} WHERE a.request_id = ? ORDER BY a.id`).all(requestId) as ViewRow[]).map(toView);
}

/** The places of the next `count` business days from `from` (today at the earliest), up to the horizon. */
export function freeSlotsFrom(ctx: Ctx, from: string | undefined, count: number | undefined): FreeSlots {
  const config = agendaConfig(ctx);
  const holidays = holidaysOf(ctx);
  const now = officeNow(ctx);
  const days = offeredDays(from ?? now.date, now, config, holidays, count ?? Number.POSITIVE_INFINITY);
  const taken = new Map<string, number>();
  if (days.length > 0) {
    const rows = prepared(
      ctx.sqlite,
      `SELECT visit_on AS visitOn, time_window AS timeWindow, count(*) AS n FROM visit_appointments
       WHERE visit_on BETWEEN ? AND ? AND status IN ${TAKING} GROUP BY visit_on, time_window`,
    ).all(days[0]!.date, days.at(-1)!.date) as { visitOn: string; timeWindow: string; n: number }[];
    for (const r of rows) taken.set(`${r.visitOn} ${r.timeWindow}`, r.n);
  }
  return {
    windows: config.windows,
    capacity: config.capacity,
    horizon: horizonOf(now.date, config.daysAhead, holidays),
    days: days.map((d) => ({
      date: d.date,
      windows: d.windows.map((timeWindow) => {
        const n = taken.get(`${d.date} ${timeWindow}`) ?? 0;
        return { timeWindow, taken: n, free: Math.max(0, config.capacity - n) };
      }),
    })),
  };
}
