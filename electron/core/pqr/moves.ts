import type { PqrStatus } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { actor, nowIso } from '../context';
import { ruleBroken } from '../errors';
import { prepared } from '../statements';
import { canMove, PQR_STATUS_LABEL } from './states';

/**
 * Moves a trámite to another state inside the caller's transaction and writes the event of
 * its history. A move the state table does not allow is refused with both states named.
 */
export function moveRequest(ctx: Ctx, requestId: number, to: PqrStatus, note = ''): void {
  const row = prepared(ctx.sqlite, 'SELECT filing_number AS filingNumber, status FROM pqr_requests WHERE id = ?').get(
    requestId,
  ) as { filingNumber: string; status: PqrStatus } | undefined;
  if (!row) throw ruleBroken('El trámite no existe.');
  if (!canMove(row.status, to)) {
    throw ruleBroken(
      `El trámite ${row.filingNumber} está ${PQR_STATUS_LABEL[row.status].toLowerCase()}: no puede pasar a ${PQR_STATUS_LABEL[to].toLowerCase()}.`,
    );
  }
  const at = nowIso(ctx);
  prepared(
    ctx.sqlite,
    `UPDATE pqr_requests SET status = ?, closed_at = CASE WHEN ? = 'CERRADO' THEN ? ELSE closed_at END WHERE id = ?`,
  ).run(to, to, at, requestId);
  recordEvent(ctx, requestId, row.status, to, note);
  ctx.audit({
    recordType: 'pqr_request',
    recordId: row.filingNumber,
    before: { status: row.status },
    after: { status: to, note },
  });
}

export function recordEvent(ctx: Ctx, requestId: number, from: PqrStatus | null, to: PqrStatus, note: string): void {
  prepared(
    ctx.sqlite,
    'INSERT INTO pqr_events (request_id, at, user_id, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(requestId, nowIso(ctx), actor(ctx).id, from, to, note);
}
