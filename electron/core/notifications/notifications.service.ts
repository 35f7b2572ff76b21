import type { Ctx } from '../context';
import { actor, nowIso, officeDayOf, today } from '../context';
import { addBusinessDays, businessDaysBetween, isBusinessDay } from '../calendar/business-days';
import { holidayNameOf, holidaysOf } from '../calendar/holidays';
import type { z } from 'zod';
import type { NotificationView, notificationInput } from '../contract/notifications.contract';
import { ruleBroken } from '../errors';
import { getPartyRow } from '../parties/parties.service';
import { moveRequest } from '../pqr/moves';
import { letterView } from '../responses/letters.service';
import { requestByFiling, type RequestFacts } from '../responses/request-facts';
import { officeText } from '../office/office-format';
import { nextNumber } from '../sequences/sequences';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { pastDay } from './dates';
import { attemptsOf, edictRow, notificationRow, toNotificationView } from './notifications.views';

type Input = z.output<typeof notificationInput>;

interface Letter {
  id: number;
  number: string;
  /** Its civil date. */
  on: string;
}

/** The trámite's latest response letter, which every attempt notifies; only while RESPONDIDO. */
function letterToNotify(ctx: Ctx, request: RequestFacts): Letter {
  if (request.status === 'CERRADO') {
    throw ruleBroken(`El trámite ${request.filingNumber} ya está notificado y cerrado.`, 'filingNumber');
  }
  if (request.status !== 'RESPONDIDO') {
    throw ruleBroken(
      `El trámite ${request.filingNumber} aún no tiene oficio de respuesta: no hay nada que notificar.`,
      'filingNumber',
    );
  }
  const row = prepared(
    ctx.sqlite,
    'SELECT id, number, created_at AS createdAt FROM response_letters WHERE request_id = ? ORDER BY id DESC LIMIT 1',
  ).get(request.id) as { id: number; number: string; createdAt: string };
  return { id: row.id, number: row.number, on: officeDayOf(ctx, row.createdAt) };
}

/** A notified letter closes its trámite (seed 002: notified → CERRADO). */
function closeIfNotified(ctx: Ctx, requestId: number, result: string, how: string): void {
  if (result !== 'NOTIFICADO') return;
  const status = prepared(ctx.sqlite, 'SELECT status FROM pqr_requests WHERE id = ?').pluck().get(requestId);
  if (status === 'RESPONDIDO') moveRequest(ctx, requestId, 'CERRADO', `Notificado: ${how}`);
}

interface Row {
  kind: Input['kind'];
  result: 'EN_CURSO' | 'NOTIFICADO' | 'FALLIDO';
  number?: string;
  receiverName?: string;
  receiverDocument?: string;
  guideNumber?: string;
  email?: string;
  sentOn?: string;
  resultOn?: string;
  postedOn?: string;
  removalOn?: string;
  note: string;
}

function personal(ctx: Ctx, input: Extract<Input, { kind: 'PERSONAL' }>, letter: Letter): Row {
  const on = pastDay(ctx, input.on, 'on', 'Fecha', { date: letter.on, what: `el oficio ${letter.number}` });
  const received = input.result === 'NOTIFICADO';
  return {
    kind: 'PERSONAL',
    result: input.result,
    receiverName: received ? input.receiverName : undefined,
    receiverDocument: received ? input.receiverDocument : undefined,
    resultOn: on,
    note: input.note,
  };
}

function certifiedMail(ctx: Ctx, input: Extract<Input, { kind: 'CORREO_CERTIFICADO' }>, letter: Letter): Row {
  const taken = prepared(ctx.sqlite, "SELECT 1 FROM notifications WHERE kind = 'CORREO_CERTIFICADO' AND guide_number = ?").get(
    input.guideNumber,
  );
  if (taken) throw ruleBroken(`Número de guía: la guía ${input.guideNumber} ya está registrada`, 'guideNumber');
  const sentOn = pastDay(ctx, input.sentOn, 'sentOn', 'Fecha de envío', { date: letter.on, what: `el oficio ${letter.number}` });
  return { kind: 'CORREO_CERTIFICADO', result: 'EN_CURSO', guideNumber: input.guideNumber, sentOn, note: input.note };
}

function electronic(ctx: Ctx, input: Extract<Input, { kind: 'ELECTRONICO' }>, letter: Letter, request: RequestFacts): Row {
  const party = getPartyRow(ctx, request.partyId);
  if (!party.emailConsent || party.email === '') {
    throw ruleBroken(
      `${party.fullName} no tiene firmada la autorización de notificación por correo electrónico (Ley 1437 art. 56): ` +
        'notifique personalmente o por correo certificado 4-72.',
      'kind',
    );
  }
  const sentOn = pastDay(ctx, input.sentOn, 'sentOn', 'Fecha de envío', { date: letter.on, what: `el oficio ${letter.number}` });
  return { kind: 'ELECTRONICO', result: 'EN_CURSO', email: party.email, sentOn, note: input.note };
}

/**
 * Seed 002 step 19: when personal notification failed, the edicto is posted on the main
 * office board for `pqr.edictBusinessDays` business days; its removal date is computed.
 */
function edict(ctx: Ctx, input: Extract<Input, { kind: 'EDICTO' }>, letter: Letter): Row {
  const attempts = attemptsOf(ctx, letter.id);
  const failed = attempts.filter((a) => a.kind === 'PERSONAL' && a.result === 'FALLIDO').at(-1);
  if (!failed) {
    throw ruleBroken(
      `El edicto procede solo cuando la notificación personal del oficio ${letter.number} no se logró: registre primero la notificación personal fallida.`,
      'kind',
    );
  }
  if (attempts.some((a) => a.kind === 'EDICTO' && a.result === 'EN_CURSO')) {
    throw ruleBroken(`El oficio ${letter.number} ya tiene un edicto fijado.`, 'kind');
  }
  const postedOn = pastDay(ctx, input.postedOn, 'postedOn', 'Fecha de fijación', {
    date: failed.resultOn ?? letter.on,
    what: 'la notificación personal fallida',
  });
  const holidays = holidaysOf(ctx);
  if (!isBusinessDay(postedOn, holidays)) {
    const holiday = holidayNameOf(ctx, postedOn);
    throw ruleBroken(
      `Fecha de fijación: el ${officeText(ctx.db).date(postedOn)} no es día hábil${holiday ? ` (${holiday})` : ''}`,
      'postedOn',
    );
  }
  const removalOn = addBusinessDays(postedOn, getSetting(ctx.db, 'pqr.edictBusinessDays'), holidays);
  const { number } = nextNumber(ctx, 'EDICTO');
  return { kind: 'EDICTO', result: 'EN_CURSO', number, postedOn, removalOn, note: input.note };
}

function rowFor(ctx: Ctx, input: Input, letter: Letter, request: RequestFacts): Row {
  switch (input.kind) {
    case 'PERSONAL':
      return personal(ctx, input, letter);
    case 'CORREO_CERTIFICADO':
      return certifiedMail(ctx, input, letter);
    case 'ELECTRONICO':
      return electronic(ctx, input, letter, request);
    case 'EDICTO':
      return edict(ctx, input, letter);
  }
}

const HOW: Record<Row['kind'], string> = {
  PERSONAL: 'personalmente',
  CORREO_CERTIFICADO: 'por correo certificado 4-72',
  ELECTRONICO: 'por correo electrónico',
  EDICTO: 'por edicto',
};

/** Records an attempt to notify the trámite's response letter, with its date and who recorded it. */
export function recordNotification(ctx: Ctx, input: Input): NotificationView {
  const request = requestByFiling(ctx, input.filingNumber);
  const letter = letterToNotify(ctx, request);
  const row = rowFor(ctx, input, letter, request);
  const id = prepared(
    ctx.sqlite,
    `INSERT INTO notifications (request_id, response_letter_id, kind, number, result, receiver_name, receiver_document,
       guide_number, email, sent_on, result_on, posted_on, removal_on, note, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  )
    .pluck()
    .get(
      request.id,
      letter.id,
      row.kind,
      row.number ?? null,
      row.result,
      row.receiverName ?? null,
      row.receiverDocument ?? null,
      row.guideNumber ?? null,
      row.email ?? null,
      row.sentOn ?? null,
      row.resultOn ?? null,
      row.postedOn ?? null,
      row.removalOn ?? null,
      row.note,
      nowIso(ctx),
      actor(ctx).id,
    ) as number;
  closeIfNotified(ctx, request.id, row.result, `${HOW[row.kind]} (oficio ${letter.number})`);
  ctx.audit({ recordType: 'notification', recordId: id, after: { ...row, filingNumber: request.filingNumber } });
  return toNotificationView(notificationRow(ctx, id));
}

function saveResult(ctx: Ctx, id: number, result: 'NOTIFICADO' | 'FALLIDO', resultOn: string, note: string): void {
  prepared(
    ctx.sqlite,
    `UPDATE notifications SET result = ?, result_on = ?, note = CASE WHEN ? = '' THEN note WHEN note = '' THEN ? ELSE note || ' · ' || ? END,
       result_recorded_at = ?, result_recorded_by = ? WHERE id = ?`,
  ).run(result, resultOn, note, note, note, nowIso(ctx), actor(ctx).id, id);
}

/** 4-72 or e-mail: DELIVERED notifies on `resultOn`; RETURNED leaves it failed. */
export function updateNotification(
  ctx: Ctx,
  input: { id: number; outcome: 'DELIVERED' | 'RETURNED'; resultOn?: string; note: string },
): NotificationView {
  const before = notificationRow(ctx, input.id);
  if (before.kind !== 'CORREO_CERTIFICADO' && before.kind !== 'ELECTRONICO') {
    throw ruleBroken('Solo el correo certificado 4-72 y el correo electrónico se marcan entregados o devueltos.', 'id');
  }
  if (before.result !== 'EN_CURSO')
    throw ruleBroken(`Esta notificación ya quedó ${before.result === 'NOTIFICADO' ? 'notificada' : 'fallida'}.`, 'id');
  const resultOn = pastDay(ctx, input.resultOn, 'resultOn', 'Fecha del resultado', { date: before.sentOn!, what: 'el envío' });
  const result = input.outcome === 'DELIVERED' ? 'NOTIFICADO' : 'FALLIDO';
  saveResult(ctx, before.id, result, resultOn, input.note);
  closeIfNotified(ctx, before.requestId, result, `${HOW[before.kind]} (oficio ${before.letterNumber})`);
  const after = notificationRow(ctx, before.id);
  ctx.audit({ recordType: 'notification', recordId: before.id, before: { result: before.result }, after: { result, resultOn } });
  return toNotificationView(after);
}

/** The edicto comes down on or after its removal date: the response is then notified. */
export function removeEdict(ctx: Ctx, input: { number: string; removedOn?: string }): NotificationView {
  const before = edictRow(ctx, input.number);
  if (before.result !== 'EN_CURSO') throw ruleBroken(`El edicto ${before.number} ya fue desfijado.`, 'number');
  const removalOn = before.removalOn!;
  if (today(ctx) < removalOn) {
    const left = businessDaysBetween(today(ctx), removalOn, holidaysOf(ctx));
    throw ruleBroken(
      `El edicto ${before.number} se desfija el ${officeText(ctx.db).date(removalOn)}: ${left === 1 ? 'falta 1 día hábil' : `faltan ${left} días hábiles`}.`,
      'number',
    );
  }
  const removedOn = pastDay(ctx, input.removedOn, 'removedOn', 'Fecha de desfijación', {
    date: removalOn,
    what: 'la fecha de desfijación',
  });
  saveResult(ctx, before.id, 'NOTIFICADO', removedOn, '');
  closeIfNotified(ctx, before.requestId, 'NOTIFICADO', `por edicto ${before.number} (oficio ${before.letterNumber})`);
  ctx.audit({
    recordType: 'notification',
    recordId: before.id,
    before: { result: before.result },
    after: { result: 'NOTIFICADO', removedOn },
  });
  return toNotificationView(notificationRow(ctx, before.id));
}

/** What the edicto prints: itself, the letter it makes known and its term in business days. */
export function edictView(ctx: Ctx, number: string) {
  const row = edictRow(ctx, number);
  return {
    edict: toNotificationView(row),
    letter: letterView(ctx, row.letterId),
    businessDays: businessDaysBetween(row.postedOn!, row.removalOn!, holidaysOf(ctx)),
  };
}
