import { addBusinessDays, type HolidaySet, isBusinessDay } from '../calendar/business-days';
import { addDays } from '../calendar/civil';
import { holidayNameOf } from '../calendar/holidays';
import type { Ctx } from '../context';
import { AppError, invalidField } from '../errors';
import { officeText } from '../office/office-format';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { sortWindows, startOf } from './windows';

export interface AgendaConfig {
  /** In the order of the day. */
  windows: string[];
  /** Visits per window. */
  capacity: number;
  daysAhead: number;
}

export interface Slot {
  visitOn: string;
  timeWindow: string;
}

/** Where a slot travels in every input (agenda.book, agenda.reschedule, pqr.create). */
export const SLOT_FIELDS = { visitOn: 'appointment.visitOn', timeWindow: 'appointment.timeWindow' } as const;

/** Which appointments hold a place: the ones to come and the ones already done. */
export const TAKING = `('ACTIVA', 'REALIZADA')`;

export function agendaConfig(ctx: Pick<Ctx, 'db'>): AgendaConfig {
  return {
    windows: sortWindows(getSetting(ctx.db, 'agenda.timeWindows')),
    capacity: getSetting(ctx.db, 'agenda.slotsPerWindow'),
    daysAhead: getSetting(ctx.db, 'agenda.daysAhead'),
  };
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The office's civil date and wall-clock time ("09:05") now. */
export function officeNow(ctx: Pick<Ctx, 'db' | 'clock'>): { date: string; time: string } {
  const timeZone = getSetting(ctx.db, 'office.timeZone');
  let f = clockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    clockFormatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(ctx.clock.now()).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The last day the agenda offers: `daysAhead` business days after today. */
export const horizonOf = (today: string, daysAhead: number, holidays: HolidaySet): string =>
  addBusinessDays(today, daysAhead, holidays);

/** The windows of a day still offered: all of them on a later day, those not yet started today. */
export function openWindows(date: string, now: { date: string; time: string }, windows: readonly string[]): string[] {
  if (date > now.date) return [...windows];
  if (date < now.date) return [];
  return windows.filter((w) => startOf(w) > now.time);
}

/**
 * The business days offered from `from` (never before today, never past the horizon), at most
 * `count`, each with the windows still open. Weekends and holidays are never among them.
 */
export function offeredDays(
  from: string,
  now: { date: string; time: string },
  config: AgendaConfig,
  holidays: HolidaySet,
  count: number,
): { date: string; windows: string[] }[] {
  const horizon = horizonOf(now.date, config.daysAhead, holidays);
  const days: { date: string; windows: string[] }[] = [];
  for (let d = from < now.date ? now.date : from; d <= horizon && days.length < count; d = addDays(d, 1)) {
    if (!isBusinessDay(d, holidays)) continue;
    const windows = openWindows(d, now, config.windows);
    if (windows.length > 0) days.push({ date: d, windows });
  }
  return days;
}

/**
 * A slot the agenda can give: a configured window, on a business day between now and the
 * horizon, not already started. Says in Spanish which field is wrong.
 */
export function checkSlot(ctx: Ctx, slot: Slot, config: AgendaConfig, holidays: HolidaySet): void {
  const { visitOn, timeWindow } = slot;
  if (!config.windows.includes(timeWindow)) {
    throw invalidField(
      SLOT_FIELDS.timeWindow,
      `Franja: ${timeWindow} no es una franja de la agenda (${config.windows.join(', ')})`,
    );
  }
  const now = officeNow(ctx);
  const dayText = officeText(ctx.db).day;
  if (visitOn < now.date) throw invalidField(SLOT_FIELDS.visitOn, `Fecha de visita: el ${dayText(visitOn)} ya pasó`);
  if (!isBusinessDay(visitOn, holidays)) {
    const holiday = holidayNameOf(ctx, visitOn);
    throw invalidField(
      SLOT_FIELDS.visitOn,
      holiday
        ? `Fecha de visita: el ${dayText(visitOn)} es festivo (${holiday}); elija un día hábil`
        : `Fecha de visita: el ${dayText(visitOn)} no es día hábil; elija un día de lunes a viernes`,
    );
  }
  const horizon = horizonOf(now.date, config.daysAhead, holidays);
  if (visitOn > horizon) {
    throw invalidField(SLOT_FIELDS.visitOn, `Fecha de visita: la agenda está abierta hasta el ${dayText(horizon)}`);
  }
  if (!openWindows(visitOn, now, [timeWindow]).length) {
    throw invalidField(SLOT_FIELDS.timeWindow, `Franja: la de ${timeWindow} de hoy ya empezó; elija una franja posterior`);
  }
}

/** Places taken in a window; read inside the caller's IMMEDIATE transaction when booking. */
export function takenIn(ctx: Pick<Ctx, 'sqlite'>, slot: Slot): number {
  return prepared(
    ctx.sqlite,
    `SELECT count(*) FROM visit_appointments WHERE visit_on = ? AND time_window = ? AND status IN ${TAKING}`,
  )
    .pluck()
    .get(slot.visitOn, slot.timeWindow) as number;
}

/** The window has no free place: somebody else took the last one. */
export function requireFreePlace(ctx: Ctx, slot: Slot, config: AgendaConfig): void {
  const taken = takenIn(ctx, slot);
  if (taken >= config.capacity) {
    const message = `Franja: la de ${slot.timeWindow} del ${officeText(ctx.db).day(slot.visitOn)} ya está llena (${taken} de ${config.capacity} cupos); elija otra`;
    throw new AppError('CONFLICT', message, { issues: [{ field: SLOT_FIELDS.timeWindow, message }] });
  }
}
