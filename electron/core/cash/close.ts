import type { TenderMethod } from '../../../db/schema/enums';
import { TENDER_METHODS } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { nowIso } from '../context';
import type { CloseReport } from '../contract/cash.contract';
import { AppError, invalidField } from '../errors';
import { nextNumber } from '../sequences/sequences';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { EXPECTED_CASH } from './cash.queries';
import { DENOMINATIONS } from './denominations';
import { receiptsOfSession } from './receipts';
import { assertMaySeeSession, requireOpenSession, sessionRow, toSessionView } from './sessions';

type Count = { denomination: number; quantity: number }[];

/**
 * Arqueo ciego: the cashier's count by denomination is saved before the expected amount is
 * shown, and cannot be redone. From then on the session takes no more money.
 */
export function declareCount(ctx: Ctx, input: { count: Count }): CloseReport {
  const session = requireOpenSession(ctx);
  if (session.count) throw new AppError('RULE', 'El arqueo de esta caja ya se registró; no se puede repetir.');
  const currency = getSetting(ctx.db, 'company.profile').currency;
  const allowed: readonly number[] = DENOMINATIONS[currency];
  const merged = new Map<number, number>();
  input.count.forEach((c, i) => {
    if (!allowed.includes(c.denomination)) {
      throw invalidField(`count.${i}.denomination`, `Denominación: ${c.denomination} no es un billete ni moneda de ${currency}`);
    }
    merged.set(c.denomination, (merged.get(c.denomination) ?? 0) + c.quantity);
  });
  const count = allowed.map((denomination) => ({ denomination, quantity: merged.get(denomination) ?? 0 }));
  const counted = count.reduce((t, c) => t + c.denomination * c.quantity, 0);
  const { expected } = prepared(ctx.sqlite, EXPECTED_CASH).get(session.id) as { expected: number };
  prepared(
    ctx.sqlite,
    'UPDATE cash_sessions SET count = ?, counted_cash = ?, expected_cash = ?, difference = ? WHERE id = ?',
  ).run(JSON.stringify(count), counted, expected, counted - expected, session.id);
  ctx.audit({
    recordType: 'cash_session',
    recordId: session.id,
    before: { status: 'ABIERTA' },
    after: { status: 'EN_ARQUEO', counted, expected, difference: counted - expected },
  });
  return closeReport(ctx, session.id);
}

/** Corte de caja: numbered, with the over/short explained when there is one; then immutable. */
export function closeSession(ctx: Ctx, input: { note: string }): CloseReport {
  const session = requireOpenSession(ctx);
  if (!session.count) throw new AppError('RULE', 'Primero registre el arqueo (conteo de billetes y monedas).');
  if (session.difference !== 0 && input.note.length < 5) {
    throw invalidField('note', 'Observación: explique el sobrante o faltante');
  }
  const { number } = nextNumber(ctx, 'CORTE');
  prepared(ctx.sqlite, 'UPDATE cash_sessions SET closed_at = ?, close_number = ?, close_note = ? WHERE id = ?').run(
    nowIso(ctx),
    number,
    input.note,
    session.id,
  );
  ctx.audit({
    recordType: 'cash_session',
    recordId: session.id,
    before: { status: 'EN_ARQUEO' },
    after: { status: 'CERRADA', closeNumber: number, note: input.note },
  });
  return closeReport(ctx, session.id);
}

/** The close report of a session, counted or closed; while still open, nothing is revealed. */
export function closeReport(ctx: Ctx, sessionId: number): CloseReport {
  const row = sessionRow(ctx, sessionId);
  assertMaySeeSession(ctx, row);
  if (!row.count) throw new AppError('RULE', 'Esta caja aún no tiene arqueo: el informe de cierre no está disponible.');
  const count = (JSON.parse(row.count) as Count).map((c) => ({ ...c, subtotal: c.denomination * c.quantity }));
  const receipts = receiptsOfSession(ctx, sessionId);
  const live = receipts.filter((r) => r.status === 'PAGADO');
  const byMethod = TENDER_METHODS.map((method: TenderMethod) => {
    const paid = live.filter((r) => r.tenders.some((t) => t.method === method));
    const amount = live.reduce((t, r) => t + r.tenders.filter((x) => x.method === method).reduce((s, x) => s + x.amount, 0), 0);
    return { method, receipts: paid.length, amount };
  });
  return {
    session: toSessionView(ctx, row),
    currency: getSetting(ctx.db, 'company.profile').currency,
    closedAt: row.closedAt,
    count,
    countedCash: row.countedCash!,
    expectedCash: row.expectedCash!,
    difference: row.difference!,
    note: row.closeNote ?? '',
    byMethod,
    receipts: receipts.map((r) => ({
      number: r.number,
      couponNumber: r.coupon.number,
      subscriberCode: r.coupon.subscriber.code,
      paidAt: r.paidAt,
      amount: r.total,
      voided: r.status === 'ANULADO',
    })),
    voids: receipts
      .filter((r) => r.void)
      .map((r) => ({
        number: r.void!.number,
        receiptNumber: r.number,
        amount: r.total,
        reason: r.void!.reason,
        approvedBy: r.void!.approvedBy,
        at: r.void!.at,
      })),
    netCollected: live.reduce((t, r) => t + r.total, 0),
  };
}
