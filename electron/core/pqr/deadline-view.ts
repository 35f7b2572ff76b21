import type { PqrStatus } from '../../../db/schema/enums';
import { holidaysOf } from '../calendar/holidays';
import type { Ctx } from '../context';
import { officeDayOf, today } from '../context';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { computeDueOn, daysLeft, isSilenceCandidate } from './deadline';
import { NOTIFIED, PAUSES } from './pqr.queries';

export interface DeadlineFacts {
  id: number;
  filedOn: string;
  termDays: number;
  extendedDays: number;
  extensionReason: string | null;
  dueOn: string;
  status: PqrStatus;
  /** The tipo's flag (SQLite gives 0/1). */
  silenceApplies: number | boolean;
  /** The instant it is due when the causal's term is in hours; null for a term in business days. */
  dueAt: string | null;
}

const HOUR_MS = 3_600_000;

/** Whole hours left, rounded away from zero: 1 h while less than an hour is left, −1 h once it is late. */
export function hoursLeft(now: Date, dueAt: string): number {
  const ms = Date.parse(dueAt) - now.getTime();
  return ms >= 0 ? Math.ceil(ms / HOUR_MS) : -Math.ceil(-ms / HOUR_MS);
}

/**
 * The due date of a trámite from its facts: filing, term, pauses and its one extension.
 * Without an id it is a trámite being radicated: no pauses yet.
 */
export function dueOnOf(ctx: Ctx, facts: Pick<DeadlineFacts, 'filedOn' | 'termDays' | 'extendedDays'> & { id?: number }): string {
  const pauses =
    facts.id === undefined
      ? []
      : (prepared(ctx.sqlite, PAUSES).all(facts.id) as { pausedOn: string; resumedOn: string | null }[]);
  return computeDueOn({ ...facts, pauses }, holidaysOf(ctx));
}

/**
 * The legal term of a new trámite: the causal's hours counted from now (a reconnection: 24
 * hours from the payment the office has just verified), else the causal's own business days,
 * else the tipo's. A term in hours keeps its civil day in dueOn, for the bandejas.
 */
export function termOf(
  ctx: Ctx,
  filedOn: string,
  typeDays: number,
  cause: { termDays: number | null; termHours: number | null },
): { termDays: number; termHours: number | null; dueOn: string; dueAt: string | null } {
  if (cause.termHours) return { termDays: 0, termHours: cause.termHours, ...hoursTerm(ctx, cause.termHours) };
  const termDays = cause.termDays ?? typeDays;
  return { termDays, termHours: null, dueAt: null, dueOn: dueOnOf(ctx, { filedOn, termDays, extendedDays: 0 }) };
}

/** A term of `hours` from now: its instant, and its civil day in the office's zone. */
export function hoursTerm(ctx: Ctx, hours: number): { dueAt: string; dueOn: string } {
  const dueAt = new Date(ctx.clock.now().getTime() + hours * HOUR_MS);
  return { dueAt: dueAt.toISOString(), dueOn: officeDayOf(ctx, dueAt.toISOString()) };
}

/** What the screens show of the legal term: due date, business days left, colours, silence. */
export function deadlineOf(ctx: Ctx, f: DeadlineFacts) {
  const holidays = holidaysOf(ctx);
  const day = today(ctx);
  const open = f.status !== 'CERRADO';
  const left = daysLeft(day, f.dueOn, holidays);
  const notified = prepared(ctx.sqlite, NOTIFIED).get(f.id) !== undefined;
  // A term in hours (a reconnection) is always close: due soon until its hour, then overdue.
  const hours = f.dueAt ? hoursLeft(ctx.clock.now(), f.dueAt) : null;
  const late = hours !== null ? hours < 0 : left < 0;
  return {
    termDays: f.termDays,
    dueOn: f.dueOn,
    dueAt: f.dueAt,
    daysLeft: left,
    hoursLeft: hours,
    dueSoon: open && !late && (hours !== null || left <= getSetting(ctx.db, 'pqr.dueSoonBusinessDays')),
    overdue: open && late,
    paused: f.status === 'EN_ESPERA',
    extendedDays: f.extendedDays,
    extensionReason: f.extensionReason,
    silence:
      open &&
      isSilenceCandidate({
        silenceApplies: Boolean(f.silenceApplies),
        dueOn: f.dueOn,
        today: day,
        notified,
        paused: f.status === 'EN_ESPERA',
      }),
  };
}
