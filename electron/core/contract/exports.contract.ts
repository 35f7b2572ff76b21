import { z } from 'zod';
import type { Role } from '../../../db/schema/enums';
import { LAND_USES, PQR_STATUSES, SERVICES, SUBSCRIBER_STATUSES, TENDER_METHODS } from '../../../db/schema/enums';
import { daysBetween } from '../calendar/civil';
import { officeFormat } from './company.contract';
import { query } from './define';
import { id } from './fields';

/**
 * REPORTES → Exportar (SPEC §10): the day's payments for the billing system and the bank, the
 * padrón, the trámites of a period. The core reads them a page at a time (read-only); the main
 * process's export service writes the file (electron/exports). Who may export what is here, once.
 */
export const PAYMENT_EXPORTERS = ['SUPERVISOR', 'ADMIN'] as const satisfies readonly Role[];
export const PADRON_EXPORTERS = ['SUPERVISOR', 'ADMIN'] as const satisfies readonly Role[];
/** The coordinador de PQR controls the trámites' terms: theirs too. */
export const REQUEST_EXPORTERS = ['SUPERVISOR', 'COORDINADOR_PQR', 'ADMIN'] as const satisfies readonly Role[];

/** The longest period of trámites one file holds. */
export const MAX_EXPORT_DAYS = 366;
export const EXPORT_PAGE = 2000;

const date = (label: string) =>
  z
    .string({ error: `${label}: escríbala` })
    .min(1, { error: `${label}: escríbala` })
    .pipe(z.iso.date({ error: `${label}: use el formato AAAA-MM-DD` }));

const page = {
  after: id.optional(),
  limit: z.number().int().min(1).max(10_000, { error: 'Página: máximo 10000 filas' }).default(EXPORT_PAGE),
};

/** A period of civil dates, both included: not reversed, not longer than MAX_EXPORT_DAYS. */
export const exportPeriod = z
  .strictObject({ from: date('Desde'), to: date('Hasta') })
  .refine((p) => p.from <= p.to, { error: 'Hasta: no puede ser anterior a Desde', path: ['to'] })
  .refine((p) => daysBetween(p.from, p.to) < MAX_EXPORT_DAYS, {
    error: `Hasta: el periodo es de máximo ${MAX_EXPORT_DAYS} días`,
    path: ['to'],
  });

const pageOf = <T extends z.ZodType>(row: T) =>
  z.object({ rows: z.array(row), next: z.number().nullable(), office: officeFormat });

/** One line of a receipt: what was paid with it (a factura, a cupón's concept) and how much. */
export const paymentLine = z.object({
  receipt: z.string(),
  voided: z.boolean(),
  /** The void's number (ANR-…) when the receipt was voided. */
  voidNumber: z.string(),
  /** Office date and time of the payment. */
  paidOn: z.string(),
  paidTime: z.string(),
  subscriberCode: z.string(),
  cashier: z.string(),
  workstation: z.string(),
  coupon: z.string(),
  /** The receipt's amount and how it was paid (split tender): the same on each of its lines. */
  receiptAmount: z.number(),
  tenders: z.array(z.object({ method: z.enum(TENDER_METHODS), amount: z.number() })),
  /** 1 for the first line of a receipt. */
  lineNo: z.number(),
  sourceType: z.string(),
  /** The factura, periodic bill or agreement paid; empty when the charge has no number. */
  document: z.string(),
  concept: z.string(),
  amount: z.number(),
});
export type PaymentLine = z.infer<typeof paymentLine>;

export const padronRow = z.object({
  code: z.string(),
  route: z.string(),
  zone: z.string(),
  address: z.string(),
  neighborhood: z.string(),
  landUse: z.enum(LAND_USES),
  stratum: z.number().nullable(),
  aqueduct: z.boolean(),
  sewer: z.boolean(),
  waste: z.boolean(),
  status: z.enum(SUBSCRIBER_STATUSES),
  hasMeter: z.boolean(),
  meterSerial: z.string(),
  meterBrand: z.string(),
  ownerDocumentType: z.string(),
  ownerDocumentNumber: z.string(),
  ownerName: z.string(),
  ownerMobile: z.string(),
  ownerEmail: z.string(),
  /** Office date of the alta (or of the import). */
  createdOn: z.string(),
});
export type PadronRow = z.infer<typeof padronRow>;

export const requestRow = z.object({
  filingNumber: z.string(),
  filedOn: z.string(),
  filedTime: z.string(),
  status: z.enum(PQR_STATUSES),
  subscriberCode: z.string(),
  applicantDocument: z.string(),
  applicantName: z.string(),
  service: z.enum(SERVICES),
  requestType: z.string(),
  cause: z.string(),
  channel: z.string(),
  zone: z.string(),
  asesor: z.string(),
  dueOn: z.string(),
  /** Office date it was closed, or null while open. */
  closedOn: z.string().nullable(),
  observation: z.string(),
});
export type RequestRow = z.infer<typeof requestRow>;

export const exportsContract = {
  /** The payment lines of a day's receipts (voided ones marked), a page of receipts at a time. */
  'exports.payments': query(PAYMENT_EXPORTERS, z.strictObject({ date: date('Fecha'), ...page }), pageOf(paymentLine)),
  /** The padrón with each subscriber's titular, in the order of their alta. */
  'exports.padron': query(PADRON_EXPORTERS, z.strictObject(page), pageOf(padronRow)),
  /** The trámites radicated in a period. */
  'exports.requests': query(REQUEST_EXPORTERS, z.strictObject({ period: exportPeriod, ...page }), pageOf(requestRow)),
};
