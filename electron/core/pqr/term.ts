import { holidaysOf } from '../calendar/holidays';
import type { Ctx } from '../context';
import { actor, today } from '../context';
import { ruleBroken } from '../errors';
import { officeText } from '../office/office-format';
import { prepared } from '../statements';
import { checkExtension } from './deadline';
import { dueOnOf, hoursTerm } from './deadline-view';
import { moveRequest, recordEvent } from './moves';
import { pqrView, requestIdOf, requestRow } from './pqr.service';

/**
 * The stored due date follows the facts whenever they change (pause ended, extension). A term
 * in hours starts again when the office stops waiting: the reconnection is due that many hours
 * after the user made it possible.
 */
function refreshDueOn(ctx: Ctx, id: number): void {
  const r = requestRow(ctx, id);
  if (r.termHours) {
    const term = hoursTerm(ctx, r.termHours);
    prepared(ctx.sqlite, 'UPDATE pqr_requests SET due_on = ?, due_at = ? WHERE id = ?').run(term.dueOn, term.dueAt, id);
    return;
  }
  prepared(ctx.sqlite, 'UPDATE pqr_requests SET due_on = ? WHERE id = ?').run(dueOnOf(ctx, r), id);
}

/** The office waits on the user (evidence): the legal clock stops until it resumes. */
export function pauseRequest(ctx: Ctx, input: { filingNumber: string; reason: string }) {
  const id = requestIdOf(ctx, input.filingNumber);
  moveRequest(ctx, id, 'EN_ESPERA', input.reason);
  prepared(ctx.sqlite, 'INSERT INTO pqr_pauses (request_id, paused_on, reason, user_id) VALUES (?, ?, ?, ?)').run(
    id,
    today(ctx),
    input.reason,
    actor(ctx).id,
  );
  return pqrView(ctx, id);
}

/** The user brought what was asked: back to the state it had, the due date moved by the pause. */
export function resumeRequest(ctx: Ctx, input: { filingNumber: string }) {
  const id = requestIdOf(ctx, input.filingNumber);
  const pause = prepared(ctx.sqlite, 'SELECT id FROM pqr_pauses WHERE request_id = ? AND resumed_on IS NULL').get(id) as
    { id: number } | undefined;
  if (!pause) throw ruleBroken(`El trámite ${input.filingNumber} no está en espera.`);
  const before = prepared(
    ctx.sqlite,
    `SELECT from_status AS status FROM pqr_events WHERE request_id = ? AND to_status = 'EN_ESPERA' ORDER BY id DESC LIMIT 1`,
  ).get(id) as { status: 'RADICADO' | 'ASIGNADO' | 'INFORME' };
  prepared(ctx.sqlite, 'UPDATE pqr_pauses SET resumed_on = ? WHERE id = ?').run(today(ctx), pause.id);
  moveRequest(ctx, id, before.status, 'Se reanuda el término');
  refreshDueOn(ctx, id);
  return pqrView(ctx, id);
}

/** The one extension of the term, asked before it expires (Ley 142 art. 158). */
export function extendRequest(ctx: Ctx, input: { filingNumber: string; days: number; reason: string }) {
  const id = requestIdOf(ctx, input.filingNumber);
  const r = requestRow(ctx, id);
  if (r.status === 'CERRADO') throw ruleBroken(`El trámite ${r.filingNumber} está cerrado.`);
  if (r.termHours) throw ruleBroken(`El trámite ${r.filingNumber} se atiende en ${r.termHours} horas: no admite prórroga.`);
  const refusal = checkExtension(
    { today: today(ctx), dueOn: r.dueOn, termDays: r.termDays, extendedDays: r.extendedDays, days: input.days },
    holidaysOf(ctx),
    officeText(ctx.db),
  );
  if (refusal) throw ruleBroken(refusal, 'days');
  prepared(ctx.sqlite, 'UPDATE pqr_requests SET extended_days = ?, extension_reason = ? WHERE id = ?').run(
    input.days,
    input.reason,
    id,
  );
  refreshDueOn(ctx, id);
  recordEvent(ctx, id, r.status, r.status, `Prórroga de ${input.days} días hábiles: ${input.reason}`);
  ctx.audit({
    recordType: 'pqr_request',
    recordId: r.filingNumber,
    before: { dueOn: r.dueOn },
    after: { extendedDays: input.days },
  });
  return pqrView(ctx, id);
}
