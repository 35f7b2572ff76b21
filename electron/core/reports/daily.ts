import { TENDER_METHODS } from '../../../db/schema/enums';
import { addDays } from '../calendar/civil';
import { startOfCivilDay } from '../clock';
import type { Ctx } from '../context';
import { DASHBOARD_DAYS, type Dashboard, type DailyReport } from '../contract/reports.contract';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { dailyCounter } from './daily-counter';
import { dailyPqr } from './daily-pqr';
import {
  COLLECTED_ON,
  COUPONS_BETWEEN,
  DOCUMENTS_BY_ASESOR,
  FACTURAS_BETWEEN,
  PAYMENTS_BY_CASHIER,
  RECEIPTS_OF_DAY,
  SESSIONS_OF_DAY,
  VOIDS_OF_DAY,
} from './daily.queries';

/** The instants [from, to) of a civil date in the office's time zone. */
function dayRange(ctx: Ctx, date: string): [string, string] {
  const tz = getSetting(ctx.db, 'office.timeZone');
  return [startOfCivilDay(date, tz), startOfCivilDay(addDays(date, 1), tz)];
}

interface ReceiptRow extends Omit<DailyReport['receipts'][number], 'methods' | 'voided'> {
  methods: string;
  voided: number;
}

const sum = <T>(rows: T[], pick: (r: T) => number) => rows.reduce((t, r) => t + pick(r), 0);

interface SessionRow {
  cashier: string;
  workstation: string;
  openingFloat: number;
  expectedCash: number | null;
  countedCash: number | null;
  difference: number | null;
  closeNumber: string | null;
  note: string;
  closedAt: string | null;
  count: string | null;
}

/** REPORTES → Informe diario: money by cashier and method, voids, over/short, documents by asesor. */
export function dailyReport(ctx: Ctx, date: string): DailyReport {
  const payments = prepared(ctx.sqlite, PAYMENTS_BY_CASHIER).all(date) as DailyReport['payments'];
  const voids = prepared(ctx.sqlite, VOIDS_OF_DAY).all(date) as DailyReport['voids'];
  const receipts = (prepared(ctx.sqlite, RECEIPTS_OF_DAY).all(date) as ReceiptRow[]).map((r) => ({
    ...r,
    methods: r.methods.split(',') as DailyReport['receipts'][number]['methods'],
    voided: r.voided === 1,
  }));
  const sessions = (prepared(ctx.sqlite, SESSIONS_OF_DAY).all(date) as SessionRow[]).map(({ closedAt, count, ...s }) => ({
    ...s,
    status: closedAt ? ('CERRADA' as const) : count ? ('EN_ARQUEO' as const) : ('ABIERTA' as const),
  }));
  const range = dayRange(ctx, date);
  const [from, to] = range;
  const byAsesor = prepared(ctx.sqlite, DOCUMENTS_BY_ASESOR).all({ from, to }) as DailyReport['byAsesor'];
  const collected = prepared(ctx.sqlite, COLLECTED_ON).get(date) as { receipts: number; collected: number };
  return {
    date,
    pqr: dailyPqr(ctx, date),
    counterRequests: dailyCounter(ctx, date, range),
    currency: getSetting(ctx.db, 'company.profile').currency,
    payments,
    receipts,
    voids,
    sessions,
    byAsesor,
    totals: {
      collected: collected.collected,
      receipts: collected.receipts,
      voided: sum(voids, (v) => v.amount),
      voids: voids.length,
      overShort: sum(sessions, (s) => s.difference ?? 0),
      facturas: sum(byAsesor, (a) => a.facturas),
      facturasTotal: sum(byAsesor, (a) => a.facturasTotal),
      coupons: sum(byAsesor, (a) => a.coupons),
      couponsTotal: sum(byAsesor, (a) => a.couponsTotal),
      agreements: sum(byAsesor, (a) => a.agreements),
      agreementsFinanced: sum(byAsesor, (a) => a.agreementsFinanced),
    },
  };
}

/** The supervisors' dashboard: the 30 days up to `date`, and the day's money by method. */
export function dashboard(ctx: Ctx, date: string): Dashboard {
  const days = Array.from({ length: DASHBOARD_DAYS }, (_, i) => addDays(date, i - DASHBOARD_DAYS + 1)).map((day) => {
    const range = dayRange(ctx, day);
    const money = prepared(ctx.sqlite, COLLECTED_ON).get(day) as { receipts: number; collected: number };
    const facturas = prepared(ctx.sqlite, FACTURAS_BETWEEN).get(...range) as { facturas: number; facturasTotal: number };
    const coupons = prepared(ctx.sqlite, COUPONS_BETWEEN).get(...range) as { coupons: number };
    return { date: day, ...money, ...facturas, ...coupons };
  });
  const payments = prepared(ctx.sqlite, PAYMENTS_BY_CASHIER).all(date) as DailyReport['payments'];
  const byMethod = TENDER_METHODS.map((method) => ({
    method,
    amount: sum(
      payments.filter((p) => p.method === method),
      (p) => p.amount,
    ),
  }));
  return { date, days, byMethod };
}
