import { addBusinessDays, businessDaysBetween } from '../calendar/business-days';
import { holidaysOf } from '../calendar/holidays';
import { METER_INSPECTION } from '../consumption/meter-inspection';
import type { Ctx } from '../context';
import type { DailyReport } from '../contract/reports.contract';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import {
  CERTIFICATES_ON,
  FILED_ON_COUNT,
  OPEN_OF_CAUSE,
  OPEN_OF_CAUSE_COUNT,
  STATEMENTS_BETWEEN_COUNT,
} from './daily-counter.queries';
import { DUE_LIST_LIMIT } from './daily-pqr';

type Counter = DailyReport['counterRequests'];

/** The causales of seed 004's counter trámites, as every new office's catalog names them (ACUEDUCTO). */
const SERVICE = METER_INSPECTION.service;
export const STATEMENT_CAUSE = 'ESTADO DE CUENTA';
export const NO_DEBT_CAUSE = 'CERTIFICADO DE NO ADEUDO';
export const OWNER_CHANGE_CAUSE = 'CAMBIO DE NOMBRE';
export const CONNECTION_CANCELLATION_CAUSE = 'CANCELACIÓN DE TOMA';

/** No due date bounds the list of pending approvals. */
const NO_LIMIT_DATE = '9999-12-31';

interface OpenRow {
  filingNumber: string;
  subscriberCode: string;
  subscriber: string;
  filedOn: string;
  status: Counter['pendingApprovals'][number]['status'];
  dueOn: string;
  asesor: string;
}

/**
 * The informe diario's page of counter trámites (SPEC §4 "Trámites ODAPAS", issue 16) for
 * `date`, whose instants are [from, to):
 * - received that day, one source per kind: an estado de cuenta is handed over without radicating
 *   a trámite, so it counts the statements issued (account_statements); the others count the
 *   trámites radicated that day under their causal (pqr_requests.filed_on) — a certificado de no
 *   adeudo is issued as its trámite is radicated, so that count and the certificates agree;
 * - pending approvals: the cancelaciones de toma still open (the director's approval is not
 *   recorded yet: every open one waits for it);
 * - the open inspecciones de medidor overdue or due within pqr.dueSoonBusinessDays, as of `date`;
 * - the certificados de no adeudo issued that day.
 */
export function dailyCounter(ctx: Ctx, date: string, [from, to]: [string, string]): Counter {
  const holidays = holidaysOf(ctx);
  const count = (sql: string, args: Record<string, unknown>) => (prepared(ctx.sqlite, sql).get(args) as { n: number }).n;
  const filed = (cause: string) => count(FILED_ON_COUNT, { date, service: SERVICE, cause });
  const received = [
    { procedure: STATEMENT_CAUSE, received: count(STATEMENTS_BETWEEN_COUNT, { from, to }) },
    ...[NO_DEBT_CAUSE, OWNER_CHANGE_CAUSE, CONNECTION_CANCELLATION_CAUSE, METER_INSPECTION.causeName].map((cause) => ({
      procedure: cause,
      received: filed(cause),
    })),
  ];
  const open = (cause: string, until: string) => {
    const args = { date, service: SERVICE, cause, until };
    const rows = prepared(ctx.sqlite, OPEN_OF_CAUSE).all({ ...args, limit: DUE_LIST_LIMIT }) as OpenRow[];
    return { rows, total: count(OPEN_OF_CAUSE_COUNT, args) };
  };
  const approvals = open(CONNECTION_CANCELLATION_CAUSE, NO_LIMIT_DATE);
  const soonUntil = addBusinessDays(date, getSetting(ctx.db, 'pqr.dueSoonBusinessDays'), holidays);
  const inspections = open(METER_INSPECTION.causeName, soonUntil);
  const certificates = prepared(ctx.sqlite, CERTIFICATES_ON).all({ date }) as Counter['certificates'];
  return {
    received,
    pendingApprovals: approvals.rows.map((r) => ({
      filingNumber: r.filingNumber,
      subscriberCode: r.subscriberCode,
      subscriber: r.subscriber,
      filedOn: r.filedOn,
      status: r.status,
      asesor: r.asesor,
    })),
    inspections: inspections.rows.map((r) => ({
      filingNumber: r.filingNumber,
      subscriberCode: r.subscriberCode,
      subscriber: r.subscriber,
      status: r.status,
      dueOn: r.dueOn,
      daysLeft: businessDaysBetween(date, r.dueOn, holidays),
    })),
    certificates,
    totals: {
      received: received.reduce((t, r) => t + r.received, 0),
      pendingApprovals: approvals.total,
      inspections: inspections.total,
      certificates: certificates.length,
    },
  };
}
