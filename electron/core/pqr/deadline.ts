/**
 * The legal term of a trámite in business days (Ley 142 de 1994 art. 158; CPACA arts. 14 and
 * 17): pure rules over civil dates and the office's holidays, one place each.
 */
import { addBusinessDays, businessDaysBetween, type HolidaySet, nextBusinessDay } from '../calendar/business-days';
import type { OfficeText } from '../office/office-format';

/** The clock stopped while the office waited on the user; resumedOn null = still waiting. */
export interface Pause {
  pausedOn: string;
  resumedOn: string | null;
}

export interface TermFacts {
  /** The civil day of filing; the term counts from the next business day. */
  filedOn: string;
  termDays: number;
  /** The one extension's business days (0 when none). */
  extendedDays: number;
  pauses: readonly Pause[];
  /** Only read for a pause not yet resumed (see computeDueOn). */
  today?: string;
}

/** The last day of a pause that stops the clock; an open one runs to `today`, or has stopped nothing yet. */
const pauseEnd = (p: Pause, today: string | undefined) => p.resumedOn ?? today ?? p.pausedOn;

/**
 * The due date: the (termDays + extendedDays)-th business day after filing, not counting the
 * business days a pause held. A pause from `pausedOn` to `resumedOn` stops the clock on the
 * business days after pausedOn up to and including resumedOn (the day it is asked still
 * counts; the term runs again the day after the user brings what was asked, CPACA art. 17).
 *
 * A pause not yet resumed counts up to `today` when it is given: the due date then is the
 * one the trámite would have if the user came back today, and it moves one business day with
 * each business day of waiting. Without `today` an open pause has moved nothing yet: the due
 * date stays as it was when the pause began, and is computed again when the pause ends.
 */
export function computeDueOn(facts: TermFacts, holidays: HolidaySet): string {
  const total = facts.termDays + facts.extendedDays;
  const pauses = facts.pauses
    .map((p) => ({ from: p.pausedOn, to: pauseEnd(p, facts.today) }))
    .filter((p) => p.to > p.from && p.to > facts.filedOn);
  if (pauses.length === 0) return addBusinessDays(facts.filedOn, total, holidays);
  let day = facts.filedOn;
  for (let counted = 0; counted < total;) {
    day = nextBusinessDay(day, holidays);
    const d = day;
    if (!pauses.some((p) => p.from < d && d <= p.to)) counted++;
  }
  return day;
}

/**
 * Business days left until the due date: 0 on the due date itself ("vence hoy"), negative
 * once it has passed. An expired term is at least one day overdue even on the weekend
 * right after it, when no business day has passed yet.
 */
export function daysLeft(today: string, dueOn: string, holidays: HolidaySet): number {
  if (today <= dueOn) return businessDaysBetween(today, dueOn, holidays);
  return -Math.max(1, businessDaysBetween(dueOn, today, holidays));
}

/** Due within `withinDays` business days and not yet expired (setting `pqr.dueSoonBusinessDays`). */
export function dueSoon(today: string, dueOn: string, holidays: HolidaySet, withinDays: number): boolean {
  const left = daysLeft(today, dueOn, holidays);
  return left >= 0 && left <= withinDays;
}

export type DeadlineState = 'EN_TERMINO' | 'POR_VENCER' | 'VENCIDO';

/** The colour of a bandeja row. */
export function deadlineState(today: string, dueOn: string, holidays: HolidaySet, withinDays: number): DeadlineState {
  const left = daysLeft(today, dueOn, holidays);
  return left < 0 ? 'VENCIDO' : left <= withinDays ? 'POR_VENCER' : 'EN_TERMINO';
}

/**
 * Flag for the coordinator: the term of a user's PQR has passed with no notified response, so
 * silencio administrativo positivo may apply (to be recognised within 72 hours). A trámite
 * waiting on the user is not flagged: its clock is stopped.
 */
export function isSilenceCandidate(r: {
  /** The tipo de trámite's flag (ADMINISTRACIÓN → Catálogos): Ley 142 art. 158 applies to it. */
  silenceApplies: boolean;
  dueOn: string;
  today: string;
  notified: boolean;
  paused?: boolean;
}): boolean {
  return r.silenceApplies && !r.notified && !r.paused && r.today > r.dueOn;
}

export interface ExtensionRequest {
  today: string;
  dueOn: string;
  termDays: number;
  /** Business days of an extension already granted (0 when none). */
  extendedDays: number;
  /** Business days asked for. */
  days: number;
  reason?: string;
}

/**
 * The extension rule (CPACA art. 14 par.): one per trámite, asked before the term expires
 * (the due date itself still allows it), for at most as many business days as the initial term
 * (the whole may not exceed double), with a reason. Returns the Spanish refusal, or null.
 */
export function checkExtension(r: ExtensionRequest, holidays: HolidaySet, text: Pick<OfficeText, 'day'>): string | null {
  if (r.extendedDays > 0) {
    return `Días de prórroga: el trámite ya tuvo su prórroga de ${r.extendedDays} días hábiles; solo se permite una.`;
  }
  if (r.today > r.dueOn) {
    const late = -daysLeft(r.today, r.dueOn, holidays);
    return `Días de prórroga: el término venció el ${text.day(r.dueOn)} (hace ${late} ${late === 1 ? 'día hábil' : 'días hábiles'}); solo se puede prorrogar antes de que venza.`;
  }
  if (!Number.isInteger(r.days) || r.days < 1) {
    return 'Días de prórroga: escriba un número entero de días hábiles, mayor que cero.';
  }
  if (r.days > r.termDays) {
    return `Días de prórroga: máximo ${r.termDays} días hábiles, lo mismo que el término inicial.`;
  }
  if (r.reason !== undefined && r.reason.trim().length < 10) {
    return 'Motivo de la prórroga: explique al usuario por qué no se puede responder a tiempo.';
  }
  return null;
}
