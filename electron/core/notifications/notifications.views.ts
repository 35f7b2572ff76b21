import type { NotificationKind, NotificationResult } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import type { NotificationView, PendingNotificationRow } from '../contract/notifications.contract';
import { notFound } from '../errors';
import { requestByFiling } from '../responses/request-facts';
import { prepared } from '../statements';
import { NOTIFICATION_COLUMNS, NOTIFICATION_FROM, PENDING_NOTIFICATIONS } from './notifications.queries';

const PENDING_SHOWN = 200;

export interface NotificationRow extends Omit<NotificationView, 'recordedBy'> {
  recorderName: string;
  recorderDocument: string;
  requestId: number;
  letterId: number;
}

export function toNotificationView(row: NotificationRow): NotificationView {
  const { recorderName, recorderDocument, requestId: _r, letterId: _l, ...rest } = row;
  return { ...rest, recordedBy: { fullName: recorderName, documentNumber: recorderDocument } };
}

export function notificationRow(ctx: Ctx, id: number): NotificationRow {
  const row = prepared(ctx.sqlite, `SELECT ${NOTIFICATION_COLUMNS} ${NOTIFICATION_FROM} WHERE n.id = ?`).get(id) as
    NotificationRow | undefined;
  if (!row) throw notFound('La notificación no existe.');
  return row;
}

export function edictRow(ctx: Ctx, number: string): NotificationRow {
  const row = prepared(ctx.sqlite, `SELECT ${NOTIFICATION_COLUMNS} ${NOTIFICATION_FROM} WHERE n.number = ?`).get(number) as
    NotificationRow | undefined;
  if (!row || row.kind !== 'EDICTO') throw notFound(`No existe el edicto ${number}.`);
  return row;
}

export function notificationsOf(ctx: Ctx, filingNumber: string): NotificationView[] {
  const request = requestByFiling(ctx, filingNumber);
  const rows = prepared(
    ctx.sqlite,
    `SELECT ${NOTIFICATION_COLUMNS} ${NOTIFICATION_FROM} WHERE n.request_id = ? ORDER BY n.id`,
  ).all(request.id) as NotificationRow[];
  return rows.map(toNotificationView);
}

/** The attempts made for one response letter, oldest first. */
export function attemptsOf(
  ctx: Ctx,
  letterId: number,
): { kind: NotificationKind; result: NotificationResult; resultOn: string | null }[] {
  return prepared(
    ctx.sqlite,
    'SELECT kind, result, result_on AS resultOn FROM notifications WHERE response_letter_id = ? ORDER BY id',
  ).all(letterId) as { kind: NotificationKind; result: NotificationResult; resultOn: string | null }[];
}

export function pendingNotifications(ctx: Ctx): PendingNotificationRow[] {
  const rows = prepared(ctx.sqlite, PENDING_NOTIFICATIONS).all(PENDING_SHOWN) as (Omit<
    PendingNotificationRow,
    'emailConsent' | 'lastAttempt'
  > & { emailConsent: number; lastKind: NotificationKind | null; lastResult: NotificationResult | null })[];
  return rows.map(({ lastKind, lastResult, emailConsent, ...r }) => ({
    ...r,
    emailConsent: emailConsent === 1,
    lastAttempt: lastKind && lastResult ? { kind: lastKind, result: lastResult } : null,
  }));
}
