import type { PqrStatus } from '../../../db/schema/enums';
import { addBusinessDays, businessDaysBetween, nextBusinessDay } from '../calendar/business-days';
import { holidaysOf } from '../calendar/holidays';
import type { Ctx } from '../context';
import type { DailyReport } from '../contract/reports.contract';
import { isSilenceCandidate } from '../pqr/deadline';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import {
  DUE_BETWEEN,
  DUE_BETWEEN_COUNT,
  OPEN_BY_STATUS,
  OPEN_WORK_ORDERS,
  OVERDUE_COUNT,
  OVERDUE_ON,
  RADICATED_ON,
  VISITS_ON,
} from './daily-pqr.queries';

/** The lists of trámites are long on a bad day: the report lists this many, and counts them all. */
export const DUE_LIST_LIMIT = 300;

interface DueRow {
  id: number;
  filingNumber: string;
  subscriberCode: string;
  cause: string;
  status: PqrStatus;
  dueOn: string;
  silenceApplies: number;
}

const NOTIFIED = `SELECT 1 FROM notifications WHERE request_id = ? AND result = 'NOTIFICADO' LIMIT 1`;

/**
 * The supervisors' PQR page of the informe diario for `date`: trámites radicated that day by
 * type, causal and asesor; the open ones by state; overdue and due within the next business
 * days (as of that date); the next business day's visits and the open work orders per field worker.
 */
export function dailyPqr(ctx: Ctx, date: string): DailyReport['pqr'] {
  const holidays = holidaysOf(ctx);
  const soonUntil = addBusinessDays(date, getSetting(ctx.db, 'pqr.dueSoonBusinessDays'), holidays);
  const due = (r: DueRow) => {
    const left = businessDaysBetween(date, r.dueOn, holidays);
    const notified = prepared(ctx.sqlite, NOTIFIED).get(r.id) !== undefined;
    return {
      filingNumber: r.filingNumber,
      subscriberCode: r.subscriberCode,
      cause: r.cause,
      status: r.status,
      dueOn: r.dueOn,
      daysLeft: left,
      silence: isSilenceCandidate({
        silenceApplies: r.silenceApplies === 1,
        dueOn: r.dueOn,
        today: date,
        notified,
        paused: r.status === 'EN_ESPERA',
      }),
    };
  };
  const count = (sql: string, ...args: unknown[]) => (prepared(ctx.sqlite, sql).get(...args) as { n: number }).n;
  const visitsOn = nextBusinessDay(date, holidays);
  const radicated = prepared(ctx.sqlite, RADICATED_ON).all(date) as DailyReport['pqr']['radicated'];
  const openByStatus = prepared(ctx.sqlite, OPEN_BY_STATUS).all() as DailyReport['pqr']['openByStatus'];
  return {
    radicated,
    openByStatus,
    overdue: (prepared(ctx.sqlite, OVERDUE_ON).all(date, DUE_LIST_LIMIT) as DueRow[]).map(due),
    dueSoon: (prepared(ctx.sqlite, DUE_BETWEEN).all(date, soonUntil, DUE_LIST_LIMIT) as DueRow[]).map(due),
    visitsOn,
    visits: prepared(ctx.sqlite, VISITS_ON).all(visitsOn) as DailyReport['pqr']['visits'],
    workOrders: prepared(ctx.sqlite, OPEN_WORK_ORDERS).all() as DailyReport['pqr']['workOrders'],
    totals: {
      radicated: radicated.reduce((t, r) => t + r.requests, 0),
      open: openByStatus.reduce((t, r) => t + r.requests, 0),
      overdue: count(OVERDUE_COUNT, date),
      dueSoon: count(DUE_BETWEEN_COUNT, date, soonUntil),
    },
  };
}
