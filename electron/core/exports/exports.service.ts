import type { TenderMethod } from '../../../db/schema/enums';
import { localDateTimeOf } from '../clock';
import type { Ctx } from '../context';
import type { OfficeFormat } from '../contract/company.contract';
import type { PadronRow, PaymentLine, RequestRow } from '../contract/exports.contract';
import { officeFormat } from '../office/office-format';
import { prepared } from '../statements';
import { PADRON_PAGE, PAYMENT_LINES, RECEIPT_IDS, REQUESTS_PAGE, TENDERS } from './exports.queries';

interface Page<T> {
  rows: T[];
  next: number | null;
  office: OfficeFormat;
}
interface PageInput {
  after?: number;
  limit: number;
}

/** The office's date and time of a stored instant, as two columns say it. */
function officeDateTime(office: OfficeFormat, instant: string): { date: string; time: string } {
  const local = localDateTimeOf(new Date(instant), office.timeZone);
  return { date: local.slice(0, 10), time: local.slice(11) };
}

const nextAfter = (ids: number[], limit: number) => (ids.length === limit ? ids[ids.length - 1]! : null);

interface RawLine extends Omit<PaymentLine, 'voided' | 'voidNumber' | 'paidOn' | 'paidTime' | 'tenders'> {
  receiptId: number;
  voidNumber: string | null;
  paidAt: string;
}

/** The lines of a day's receipts, each with its receipt's tenders; voided receipts too, marked. */
export function paymentLines(ctx: Ctx, input: PageInput & { date: string }): Page<PaymentLine> {
  const office = officeFormat(ctx.db);
  const ids = (
    prepared(ctx.sqlite, RECEIPT_IDS).all({ date: input.date, after: input.after ?? 0, limit: input.limit }) as { id: number }[]
  ).map((r) => r.id);
  const json = JSON.stringify(ids);
  const tenders = new Map<number, { method: TenderMethod; amount: number }[]>();
  for (const t of prepared(ctx.sqlite, TENDERS).all({ ids: json }) as {
    receiptId: number;
    method: TenderMethod;
    amount: number;
  }[]) {
    tenders.set(t.receiptId, [...(tenders.get(t.receiptId) ?? []), { method: t.method, amount: t.amount }]);
  }
  const rows = (prepared(ctx.sqlite, PAYMENT_LINES).all({ ids: json }) as RawLine[]).map(
    ({ receiptId, paidAt, voidNumber, ...line }) => {
      const { date, time } = officeDateTime(office, paidAt);
      return {
        ...line,
        voided: voidNumber !== null,
        voidNumber: voidNumber ?? '',
        paidOn: date,
        paidTime: time,
        tenders: tenders.get(receiptId) ?? [],
      };
    },
  );
  return { rows, next: nextAfter(ids, input.limit), office };
}

type Flag = 0 | 1;
interface RawSubscriber extends Omit<PadronRow, 'aqueduct' | 'sewer' | 'waste' | 'hasMeter' | 'createdOn'> {
  id: number;
  aqueduct: Flag;
  sewer: Flag;
  waste: Flag;
  hasMeter: Flag;
  createdAt: string;
}

export function padronPage(ctx: Ctx, input: PageInput): Page<PadronRow> {
  const office = officeFormat(ctx.db);
  const raw = prepared(ctx.sqlite, PADRON_PAGE).all({ after: input.after ?? 0, limit: input.limit }) as RawSubscriber[];
  const rows = raw.map(({ id: _id, createdAt, aqueduct, sewer, waste, hasMeter, ...s }) => ({
    ...s,
    aqueduct: aqueduct === 1,
    sewer: sewer === 1,
    waste: waste === 1,
    hasMeter: hasMeter === 1,
    createdOn: officeDateTime(office, createdAt).date,
  }));
  return {
    rows,
    next: nextAfter(
      raw.map((r) => r.id),
      input.limit,
    ),
    office,
  };
}

interface RawRequest extends Omit<RequestRow, 'filedOn' | 'filedTime' | 'closedOn'> {
  id: number;
  filedAt: string;
  closedAt: string | null;
}

export function requestsPage(ctx: Ctx, input: PageInput & { period: { from: string; to: string } }): Page<RequestRow> {
  const office = officeFormat(ctx.db);
  const raw = prepared(ctx.sqlite, REQUESTS_PAGE).all({
    ...input.period,
    after: input.after ?? 0,
    limit: input.limit,
  }) as RawRequest[];
  const rows = raw.map(({ id: _id, filedAt, closedAt, ...r }) => {
    const filed = officeDateTime(office, filedAt);
    return {
      ...r,
      filedOn: filed.date,
      filedTime: filed.time,
      closedOn: closedAt ? officeDateTime(office, closedAt).date : null,
    };
  });
  return {
    rows,
    next: nextAfter(
      raw.map((r) => r.id),
      input.limit,
    ),
    office,
  };
}
