import { approveAs } from '../auth/auth.service';
import type { Ctx } from '../context';
import { actor, nowIso } from '../context';
import type { ReceiptView } from '../contract/cash.contract';
import { AppError } from '../errors';
import { restorePayment } from '../ledger/postings';
import { nextNumber } from '../sequences/sequences';
import { prepared } from '../statements';
import { receiptRow, receiptView } from './receipts';
import { requireOpenSession } from './sessions';

export interface VoidReceipt {
  receiptNumber: string;
  reason: string;
  supervisorUsername: string;
  supervisorPassword: string;
}

/**
 * A mistaken payment is voided, never deleted: the cashier asks, a supervisor approves with
 * their own credentials and a reason. Each PAYMENT entry is given back to its charge
 * (PAYMENT_VOID), so the coupon and its facturas are PENDIENTE again. Only receipts of the
 * cashier's open session, before its count: a counted or closed corte de caja never changes.
 */
export function voidReceipt(ctx: Ctx, input: VoidReceipt): ReceiptView {
  const supervisor = approveAs(ctx, { username: input.supervisorUsername, password: input.supervisorPassword }, 'SUPERVISOR');
  const row = receiptRow(ctx, 'number', input.receiptNumber);
  if (!row) throw new AppError('NOT_FOUND', `No existe el recibo ${input.receiptNumber}.`);
  if (row.voidNumber) throw new AppError('RULE', `El recibo ${row.number} ya está ANULADO (${row.voidNumber}).`);
  const session = requireOpenSession(ctx);
  if (row.cashSessionId !== session.id) {
    throw new AppError('RULE', `El recibo ${row.number} no es de su caja abierta: solo se anulan pagos antes del corte.`);
  }
  // The blind count already fixed the expected cash: a void now would leave the corte wrong.
  if (session.count) {
    throw new AppError(
      'RULE',
      'La caja está en arqueo: el conteo ya se registró y no se anulan más pagos. Explique la novedad en la observación del corte.',
    );
  }
  const { number } = nextNumber(ctx, 'ANULACION_RECIBO');
  const entries = prepared(
    ctx.sqlite,
    "SELECT id FROM ledger_entries WHERE kind = 'PAYMENT' AND source_type = 'PAYMENT' AND source_id = ? ORDER BY id",
  ).all(row.paymentId) as { id: number }[];
  for (const e of entries) {
    restorePayment(ctx, {
      paymentEntryId: e.id,
      concept: `Anulación ${number} del recibo ${row.number}`,
      sourceId: row.paymentId,
    });
  }
  prepared(
    ctx.sqlite,
    `INSERT INTO receipt_voids (number, receipt_id, cash_session_id, requested_by, approved_by, reason, voided_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(number, row.id, session.id, actor(ctx).id, supervisor.id, input.reason, nowIso(ctx));
  ctx.audit({
    recordType: 'receipt',
    recordId: row.number,
    before: { status: 'PAGADO' },
    after: { status: 'ANULADO', void: number, reason: input.reason, approvedBy: supervisor.username },
  });
  return receiptView(ctx, row.id);
}
