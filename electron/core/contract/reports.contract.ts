import { z } from 'zod';
import { PQR_STATUSES, SERVICES, TENDER_METHODS } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { CASH_SESSION_STATUSES } from './cash.contract';
import { query } from './define';
import { civilDate } from './fields';

const supervisors = rolesOf('REPORTES');

const dueRequest = z.object({
  filingNumber: z.string(),
  subscriberCode: z.string(),
  cause: z.string(),
  status: z.enum(PQR_STATUSES),
  dueOn: z.string(),
  /** Business days from the report's date to the due date; negative when overdue. */
  daysLeft: z.number(),
  silence: z.boolean(),
});

/** The PQR page of the informe diario (SPEC §7). */
export const dailyPqr = z.object({
  radicated: z.array(
    z.object({
      requestType: z.string(),
      service: z.enum(SERVICES),
      cause: z.string(),
      asesor: z.string(),
      requests: z.number(),
    }),
  ),
  openByStatus: z.array(z.object({ status: z.enum(PQR_STATUSES), requests: z.number() })),
  overdue: z.array(dueRequest),
  dueSoon: z.array(dueRequest),
  /** The next business day after the report's date. */
  visitsOn: z.string(),
  visits: z.array(z.object({ fieldWorker: z.string(), visits: z.number() })),
  workOrders: z.array(z.object({ fieldWorker: z.string(), workOrders: z.number(), oldest: z.string() })),
  totals: z.object({ radicated: z.number(), open: z.number(), overdue: z.number(), dueSoon: z.number() }),
});

const counterRequest = z.object({
  filingNumber: z.string(),
  subscriberCode: z.string(),
  /** The subscriber's titular. */
  subscriber: z.string(),
  status: z.enum(PQR_STATUSES),
});

/** The counter trámites of seed 004 (SPEC §4 "Trámites ODAPAS") on the informe diario. */
export const dailyCounterRequests = z.object({
  /** Received that day, by trámite: always the five, in the same order. */
  received: z.array(z.object({ procedure: z.string(), received: z.number() })),
  /** Open cancelaciones de toma: they wait for the director's approval. */
  pendingApprovals: z.array(counterRequest.extend({ filedOn: z.string(), asesor: z.string() })),
  /** Open inspecciones de medidor overdue or due within the next business days. */
  inspections: z.array(counterRequest.extend({ dueOn: z.string(), daysLeft: z.number() })),
  /** Certificados de no adeudo issued that day. */
  certificates: z.array(
    z.object({
      number: z.string(),
      subscriberCode: z.string(),
      subscriber: z.string(),
      validUntil: z.string(),
      asesor: z.string(),
    }),
  ),
  totals: z.object({ received: z.number(), pendingApprovals: z.number(), inspections: z.number(), certificates: z.number() }),
});

export const dailyReport = z.object({
  date: z.string(),
  currency: z.enum(['COP', 'MXN']),
  /** Receipts not voided, by cashier and method. */
  payments: z.array(z.object({ cashier: z.string(), method: z.enum(TENDER_METHODS), receipts: z.number(), amount: z.number() })),
  /** Every receipt of the day, by cashier: the corte's detail. */
  receipts: z.array(
    z.object({
      cashier: z.string(),
      number: z.string(),
      paidAt: z.string(),
      subscriberCode: z.string(),
      methods: z.array(z.enum(TENDER_METHODS)),
      amount: z.number(),
      voided: z.boolean(),
    }),
  ),
  voids: z.array(
    z.object({
      number: z.string(),
      receiptNumber: z.string(),
      cashier: z.string(),
      approvedBy: z.string(),
      amount: z.number(),
      reason: z.string(),
      at: z.string(),
    }),
  ),
  sessions: z.array(
    z.object({
      cashier: z.string(),
      workstation: z.string(),
      status: z.enum(CASH_SESSION_STATUSES),
      openingFloat: z.number(),
      expectedCash: z.number().nullable(),
      countedCash: z.number().nullable(),
      difference: z.number().nullable(),
      closeNumber: z.string().nullable(),
      note: z.string(),
    }),
  ),
  byAsesor: z.array(
    z.object({
      asesor: z.string(),
      facturas: z.number(),
      facturasTotal: z.number(),
      coupons: z.number(),
      couponsTotal: z.number(),
      agreements: z.number(),
      agreementsFinanced: z.number(),
    }),
  ),
  totals: z.object({
    collected: z.number(),
    receipts: z.number(),
    voided: z.number(),
    voids: z.number(),
    /** Sum of the over/short of the sessions counted that day: negative is a shortage. */
    overShort: z.number(),
    facturas: z.number(),
    facturasTotal: z.number(),
    coupons: z.number(),
    couponsTotal: z.number(),
    agreements: z.number(),
    agreementsFinanced: z.number(),
  }),
  pqr: dailyPqr,
  counterRequests: dailyCounterRequests,
});
export type DailyReport = z.infer<typeof dailyReport>;

export const DASHBOARD_DAYS = 30;

export const dashboard = z.object({
  date: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      collected: z.number(),
      receipts: z.number(),
      facturas: z.number(),
      facturasTotal: z.number(),
      coupons: z.number(),
    }),
  ),
  byMethod: z.array(z.object({ method: z.enum(TENDER_METHODS), amount: z.number() })),
});
export type Dashboard = z.infer<typeof dashboard>;

const dateInput = z.strictObject({ date: civilDate });

/** One trámite of the SUI "Formato A" file (SPEC §5b). */
export const suiRow = z.object({
  filingNumber: z.string(),
  filedOn: z.string(),
  requestType: z.number(),
  causeGroup: z.enum(['F', 'P']),
  causeCode: z.string(),
  /** The subscriber's código. */
  account: z.string(),
  invoice: z.string(),
  responseType: z.number().nullable(),
  respondedOn: z.string().nullable(),
  responseNumber: z.string(),
  notifiedOn: z.string().nullable(),
  notificationType: z.number().nullable(),
  transferredToSspd: z.boolean(),
});
export type SuiRow = z.infer<typeof suiRow>;

export const month = z
  .string({ error: 'Mes: escríbalo' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Mes: con el formato AAAA-MM' });

export const reportsContract = {
  /** REPORTES → Informe diario of a chosen date. */
  'reports.daily': query(supervisors, dateInput, dailyReport),
  /** The day and the 30 days up to it, for the charts. */
  'reports.dashboard': query(supervisors, dateInput, dashboard),
  /** REPORTES → SUI: the month's PQR in Superservicios' Formato A. */
  'reports.sui': query(supervisors, z.strictObject({ month }), z.array(suiRow)),
};
