import type { SubscriberStatus } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import { invalidField, ruleBroken } from '../errors';
import { prepared } from '../statements';

/**
 * The padrón's lifecycle, in one place. ACTIVO moves to SUSPENDIDO, CORTADO or CANCELADO and
 * comes back from the first two; CANCELADO is final (serving the predio again is a new
 * matrícula). A move not listed is refused with a message that names both states.
 */
export const SUBSCRIBER_MOVES: Record<SubscriberStatus, readonly SubscriberStatus[]> = {
  ACTIVO: ['SUSPENDIDO', 'CORTADO', 'CANCELADO'],
  SUSPENDIDO: ['ACTIVO', 'CORTADO', 'CANCELADO'],
  CORTADO: ['ACTIVO', 'CANCELADO'],
  CANCELADO: [],
};

export interface StatusMove {
  to: SubscriberStatus;
  effectiveOn: string;
  reason: string;
  document: string;
}

/** Why a subscriber cannot make this move, or null. */
export function moveRefusal(code: string, from: SubscriberStatus, to: SubscriberStatus): string | null {
  if (from === to) return `El suscriptor ${code} ya está ${to}.`;
  if (SUBSCRIBER_MOVES[from].includes(to)) return null;
  const allowed = SUBSCRIBER_MOVES[from];
  return allowed.length === 0
    ? `El suscriptor ${code} está ${from}: no cambia de estado (volver a prestarle el servicio es una matrícula nueva).`
    : `El suscriptor ${code} está ${from}: no pasa a ${to}; desde ${from} solo pasa a ${allowed.join(', ')}.`;
}

/**
 * Moves a subscriber through the lifecycle with the date it takes effect, the reason and the
 * document that ordered it; refused moves change nothing. The date cannot be in the future
 * nor before the subscriber's last move.
 */
export function moveSubscriber(ctx: Ctx, subscriberId: number, move: StatusMove): { from: SubscriberStatus } {
  const row = prepared(ctx.sqlite, 'SELECT code, status, created_at AS createdAt FROM subscribers WHERE id = ?').get(
    subscriberId,
  ) as {
    code: string;
    status: SubscriberStatus;
    createdAt: string;
  };
  const refusal = moveRefusal(row.code, row.status, move.to);
  if (refusal) throw ruleBroken(refusal, 'to');
  if (move.effectiveOn > today(ctx)) throw invalidField('effectiveOn', 'Fecha: no puede ser futura');
  const last = prepared(ctx.sqlite, 'SELECT max(effective_on) AS on_ FROM subscriber_status_changes WHERE subscriber_id = ?').get(
    subscriberId,
  ) as { on_: string | null };
  if (last.on_ && move.effectiveOn < last.on_) {
    throw invalidField('effectiveOn', `Fecha: no puede ser anterior al último cambio de estado (${last.on_})`);
  }
  prepared(ctx.sqlite, 'UPDATE subscribers SET status = ? WHERE id = ?').run(move.to, subscriberId);
  prepared(
    ctx.sqlite,
    `INSERT INTO subscriber_status_changes (subscriber_id, from_status, to_status, effective_on, reason, document, at, user_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(subscriberId, row.status, move.to, move.effectiveOn, move.reason, move.document, nowIso(ctx), actor(ctx).id);
  ctx.audit({
    recordType: 'subscriber',
    recordId: row.code,
    before: { status: row.status },
    after: { status: move.to, ...move },
  });
  return { from: row.status };
}
