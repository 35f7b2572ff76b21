import type { Ctx } from '../context';
import type { ReceiptView, SessionReceipt } from '../contract/cash.contract';
import { couponView } from '../coupons/coupons.service';
import { notFound } from '../errors';
import { prepared } from '../statements';
import { RECEIPT_ROW, TENDERS_OF } from './cash.queries';

interface ReceiptRow {
  id: number;
  number: string;
  couponId: number;
  cashSessionId: number;
  paymentId: number;
  amount: number;
  change: number;
  paidAt: string;
  cashierName: string;
  cashierDocument: string;
  voidNumber: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  voidRequestedBy: string | null;
  voidApprovedBy: string | null;
}

function toView(ctx: Ctx, row: ReceiptRow): ReceiptView {
  return {
    id: row.id,
    number: row.number,
    status: row.voidNumber ? 'ANULADO' : 'PAGADO',
    coupon: couponView(ctx, row.couponId),
    tenders: prepared(ctx.sqlite, TENDERS_OF).all(row.id) as ReceiptView['tenders'],
    total: row.amount,
    change: row.change,
    paidAt: row.paidAt,
    cashier: { fullName: row.cashierName, documentNumber: row.cashierDocument },
    cashSessionId: row.cashSessionId,
    void: row.voidNumber
      ? {
          number: row.voidNumber,
          at: row.voidedAt!,
          reason: row.voidReason!,
          requestedBy: row.voidRequestedBy!,
          approvedBy: row.voidApprovedBy!,
        }
      : null,
  };
}

export function receiptRow(ctx: Ctx, where: 'id' | 'number' | 'request_key', value: number | string): ReceiptRow | undefined {
  return prepared(ctx.sqlite, `${RECEIPT_ROW} WHERE r.${where} = ?`).get(value) as ReceiptRow | undefined;
}

export function receiptView(ctx: Ctx, id: number): ReceiptView {
  return toView(ctx, receiptRow(ctx, 'id', id)!);
}

export function receiptByNumber(ctx: Ctx, number: string): ReceiptView {
  const row = receiptRow(ctx, 'number', number);
  if (!row) throw notFound(`No existe el recibo ${number}.`);
  return toView(ctx, row);
}

export function receiptsOfSession(ctx: Ctx, sessionId: number): ReceiptView[] {
  const rows = prepared(ctx.sqlite, `${RECEIPT_ROW} WHERE r.cash_session_id = ? ORDER BY r.id DESC`).all(
    sessionId,
  ) as ReceiptRow[];
  return rows.map((r) => toView(ctx, r));
}

/** The list of an open session: no method of payment (see sessionReceipt). */
export function sessionReceipts(ctx: Ctx, sessionId: number): SessionReceipt[] {
  return prepared(
    ctx.sqlite,
    `SELECT r.number, CASE WHEN v.id IS NULL THEN 'PAGADO' ELSE 'ANULADO' END AS status, r.paid_at AS paidAt,
       r.amount AS total, k.number AS couponNumber, s.code AS subscriberCode, v.number AS voidNumber
     FROM receipts r JOIN coupons k ON k.id = r.coupon_id JOIN subscribers s ON s.id = k.subscriber_id
     LEFT JOIN receipt_voids v ON v.receipt_id = r.id
     WHERE r.cash_session_id = ? ORDER BY r.id DESC`,
  ).all(sessionId) as SessionReceipt[];
}
