import { verifyApprover } from '../auth/auth.service';
import { MINUTE_MS } from '../clock';
import type { Ctx } from '../context';
import { actor, nowIso } from '../context';
import type { ReceiptView } from '../contract/cash.contract';
import { AppError, notFound } from '../errors';
import { restorePayment } from '../ledger/postings';
import { nextNumber } from '../sequences/sequences';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { receiptRow, receiptView } from './receipts';
import { requireOpenSession, type SessionRow } from './sessions';

export interface VoidReceipt {
  receiptNumber: string;
  reason: string;
  supervisorUsername: string;
  supervisorPassword: string;
}

/** The receipt exists, is of the cashier's open session and can still be voided. */
function voidableReceipt(ctx: Ctx, session: SessionRow, receiptNumber: string) {
  const row = receiptRow(ctx, 'number', receiptNumber);
  if (!row) throw notFound(`No existe el recibo ${receiptNumber}.`);
  if (row.cashSessionId !== session.id) {
    throw new AppError('RULE', `El recibo ${row.number} no es de su caja abierta: solo se anulan pagos antes del corte.`);
  }
  if (row.voidNumber) throw new AppError('RULE', `El recibo ${row.number} ya está ANULADO (${row.voidNumber}).`);
  // The blind count already fixed the expected cash: a void now would leave the corte wrong.
  if (session.count) {
    throw new AppError(
      'RULE',
      'La caja está en arqueo: el conteo ya se registró y no se anulan más pagos. Explique la novedad en la observación del corte.',
    );
  }
  return row;
}

/**
 * Wrong supervisor credentials are limited per cash session: after the configured number in a
 * row, approvals wait. The supervisor's own login is never locked by someone else's guesses.
 */
function assertApprovalAllowed(ctx: Ctx, sessionId: number, receiptNumber: string): void {
  const limit = getSetting(ctx.db, 'cash.voidApprovalAttempts');
  const last = prepared(
    ctx.sqlite,
    'SELECT granted, at FROM void_approvals WHERE cash_session_id = ? ORDER BY id DESC LIMIT ?',
  ).all(sessionId, limit) as { granted: number; at: string }[];
  if (last.length < limit || last.some((a) => a.granted === 1)) return;
  const waitUntil = Date.parse(last[0]!.at) + getSetting(ctx.db, 'cash.voidApprovalWaitMinutes') * MINUTE_MS;
  const now = ctx.clock.now().getTime();
  if (now >= waitUntil) return;
  ctx.audit({
    recordType: 'receipt',
    recordId: receiptNumber,
    after: { voidApproval: 'EN_ESPERA', until: new Date(waitUntil).toISOString() },
  });
  throw new AppError(
    'RULE',
    `Hubo ${limit} intentos seguidos con datos del supervisor errados en esta caja: espere ${Math.ceil((waitUntil - now) / MINUTE_MS)} min y pida al supervisor que escriba su usuario y contraseña.`,
    { commit: true },
  );
}

/** Records one approval attempt, granted or not, in its table and the audit trail. */
function recordApproval(ctx: Ctx, sessionId: number, receiptNumber: string, username: string, granted: boolean): void {
  prepared(
    ctx.sqlite,
    'INSERT INTO void_approvals (cash_session_id, receipt_number, requested_by, supervisor_username, granted, at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(sessionId, receiptNumber, actor(ctx).id, username, granted ? 1 : 0, nowIso(ctx));
  ctx.audit({
    recordType: 'receipt',
    recordId: receiptNumber,
    after: { voidApproval: granted ? 'CONCEDIDA' : 'RECHAZADA', supervisor: username },
  });
}

/**
 * A mistaken payment is voided, never deleted: the cashier asks, a supervisor approves with
 * their own credentials and a reason. Each PAYMENT entry is given back to its charge
 * (PAYMENT_VOID), so the coupon and its facturas are PENDIENTE again. Only receipts of the
 * cashier's open session, before its count: a counted or closed corte de caja never changes.
 * Everything that can be checked without the supervisor's password is checked first.
 */
export function voidReceipt(ctx: Ctx, input: VoidReceipt): ReceiptView {
  const session = requireOpenSession(ctx);
  const row = voidableReceipt(ctx, session, input.receiptNumber);
  assertApprovalAllowed(ctx, session.id, row.number);
  const supervisor = verifyApprover(
    ctx,
    { username: input.supervisorUsername, password: input.supervisorPassword },
    'SUPERVISOR',
  );
  recordApproval(ctx, session.id, row.number, input.supervisorUsername, supervisor !== null);
  if (!supervisor) {
    throw new AppError('AUTH_FAILED', 'Usuario o contraseña del supervisor incorrectos, o el usuario no es supervisor activo.', {
      commit: true,
      issues: [{ field: 'supervisorPassword', message: 'Usuario o contraseña del supervisor incorrectos' }],
    });
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
