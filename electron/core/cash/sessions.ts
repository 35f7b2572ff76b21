import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import type { CashSessionView } from '../contract/cash.contract';
import { rolesOf } from '../auth/modules';
import { AppError, notFound } from '../errors';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { SESSION_BY_ID, OPEN_SESSION_OF } from './cash.queries';
import { DENOMINATIONS } from './denominations';

export interface SessionRow {
  id: number;
  cashierId: number;
  cashierName: string;
  cashierDocument: string;
  workstation: string;
  businessDate: string;
  openedAt: string;
  openingFloat: number;
  closedAt: string | null;
  closeNumber: string | null;
  count: string | null;
  countedCash: number | null;
  expectedCash: number | null;
  difference: number | null;
  closeNote: string | null;
  receipts: number;
  collected: number;
}

/**
 * Arqueo ciego: the cashier of an open session does not see what the drawer should hold until
 * the count is declared. Whoever else reads the session (a supervisor) does.
 */
export function countIsBlind(ctx: Ctx, row: Pick<SessionRow, 'cashierId' | 'count' | 'closedAt'>): boolean {
  return getSetting(ctx.db, 'cash.blindClose') && !row.count && !row.closedAt && ctx.session?.user.id === row.cashierId;
}

/** Report readers read every cash session; a cashier, only their own. */
export function assertMaySeeSession(ctx: Ctx, row: Pick<SessionRow, 'cashierId'>): void {
  if (row.cashierId === actor(ctx).id || rolesOf('REPORTES').includes(actor(ctx).role)) return;
  throw new AppError('FORBIDDEN', 'Solo puede consultar las sesiones de caja propias.');
}

export function toSessionView(ctx: Ctx, row: SessionRow): CashSessionView {
  return {
    id: row.id,
    cashier: { fullName: row.cashierName, documentNumber: row.cashierDocument },
    workstation: row.workstation,
    businessDate: row.businessDate,
    openedAt: row.openedAt,
    openingFloat: row.openingFloat,
    status: row.closedAt ? 'CERRADA' : row.count ? 'EN_ARQUEO' : 'ABIERTA',
    stale: !row.closedAt && row.businessDate < today(ctx),
    receipts: row.receipts,
    collected: countIsBlind(ctx, row) ? null : row.collected,
    closeNumber: row.closeNumber,
  };
}

export function sessionRow(ctx: Ctx, id: number): SessionRow {
  const row = prepared(ctx.sqlite, SESSION_BY_ID).get(id) as SessionRow | undefined;
  if (!row) throw notFound(`No existe la sesión de caja ${id}.`);
  return row;
}

export function openSessionOf(ctx: Ctx): SessionRow | undefined {
  return prepared(ctx.sqlite, OPEN_SESSION_OF).get(actor(ctx).id) as SessionRow | undefined;
}

export function currentCash(ctx: Ctx) {
  const currency = getSetting(ctx.db, 'company.profile').currency;
  const row = openSessionOf(ctx);
  return { session: row ? toSessionView(ctx, row) : null, currency, denominations: [...DENOMINATIONS[currency]] };
}

/** The cashier's open session, or why it cannot be used. */
export function requireOpenSession(ctx: Ctx): SessionRow {
  const row = openSessionOf(ctx);
  if (!row) throw new AppError('RULE', 'No hay una caja abierta: ábrala con la base del día antes de registrar pagos.');
  return row;
}

/** A session that may take money: opened today and not being counted. */
export function requireCollectingSession(ctx: Ctx): SessionRow {
  const row = requireOpenSession(ctx);
  if (row.businessDate < today(ctx)) {
    throw new AppError('RULE', `La caja abierta es del ${row.businessDate}: haga primero el corte de ese día.`);
  }
  if (row.count) throw new AppError('RULE', 'La caja está en arqueo: termine el corte antes de registrar más pagos.');
  return row;
}

export function openSession(ctx: Ctx, input: { openingFloat: number }): CashSessionView {
  const open = openSessionOf(ctx);
  if (open) {
    throw new AppError(
      'RULE',
      open.businessDate < today(ctx)
        ? `Tiene abierta la caja del ${open.businessDate}: haga primero el corte de ese día.`
        : 'Ya tiene una caja abierta hoy.',
    );
  }
  const row = prepared(
    ctx.sqlite,
    `INSERT INTO cash_sessions (cashier_id, workstation, business_date, opened_at, opening_float) VALUES (?, ?, ?, ?, ?) RETURNING id`,
  ).get(actor(ctx).id, ctx.workstation, today(ctx), nowIso(ctx), input.openingFloat) as { id: number };
  ctx.audit({ recordType: 'cash_session', recordId: row.id, after: input });
  return toSessionView(ctx, sessionRow(ctx, row.id));
}
