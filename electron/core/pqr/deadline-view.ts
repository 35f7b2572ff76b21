import type { PqrStatus, RequestType } from '../../../db/schema/enums';
import { holidaysOf } from '../calendar/holidays';
import type { Ctx } from '../context';
import { today } from '../context';
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
  requestType: RequestType;
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

/** What the screens show of the legal term: due date, business days left, colours, silence. */
export function deadlineOf(ctx: Ctx, f: DeadlineFacts) {
  const holidays = holidaysOf(ctx);
  const day = today(ctx);
  const open = f.status !== 'CERRADO';
  const left = daysLeft(day, f.dueOn, holidays);
  const notified = prepared(ctx.sqlite, NOTIFIED).get(f.id) !== undefined;
  return {
    termDays: f.termDays,
    dueOn: f.dueOn,
    daysLeft: left,
    dueSoon: open && left >= 0 && left <= getSetting(ctx.db, 'pqr.dueSoonBusinessDays'),
    overdue: open && left < 0,
    paused: f.status === 'EN_ESPERA',
    extendedDays: f.extendedDays,
    extensionReason: f.extensionReason,
    silence:
      open &&
      isSilenceCandidate({ requestType: f.requestType, dueOn: f.dueOn, today: day, notified, paused: f.status === 'EN_ESPERA' }),
  };
}
