import type { Ctx } from '../context';
import { actor, nowIso } from '../context';
import type { PendingResponseRow, ResponseLetterView } from '../contract/responses.contract';
import { notFound, ruleBroken } from '../errors';
import { getPartyRow } from '../parties/parties.service';
import { moveRequest } from '../pqr/moves';
import { officeText } from '../office/office-format';
import { nextNumber } from '../sequences/sequences';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';
import { LETTER_COLUMNS, LETTER_FROM, PENDING_RESPONSES } from './letters.queries';
import { fillPlaceholders, leftoverPlaceholders } from './placeholders';
import { findingsOf, requestByFiling, type RequestFacts } from './request-facts';
import { suiResponseLabel } from './sui-response-types';
import { getTemplate } from './templates.service';

const PENDING_SHOWN = 200;

export function pendingResponses(ctx: Ctx): PendingResponseRow[] {
  const rows = prepared(ctx.sqlite, PENDING_RESPONSES).all(PENDING_SHOWN) as (Omit<PendingResponseRow, 'hasReport'> & {
    hasReport: number;
  })[];
  return rows.map((r) => ({ ...r, hasReport: r.hasReport === 1 }));
}

/** The template's text with the trámite's data in its placeholders. */
export function draftResponse(ctx: Ctx, input: { filingNumber: string; templateId: number }) {
  const request = requestByFiling(ctx, input.filingNumber);
  const template = getTemplate(ctx, input.templateId);
  const party = getPartyRow(ctx, request.partyId);
  const subscriber = getByCode(ctx, request.subscriberCode);
  const { body, unfilled } = fillPlaceholders(template.body, {
    nombre: party.fullName,
    radicado: request.filingNumber,
    direccion: subscriber.address,
    codigo: subscriber.code,
    hallazgos: findingsOf(ctx, request.id) ?? '',
    fecha_radicacion: officeText(ctx.db).longDate(request.filedOn),
    causal: request.cause,
  });
  return { body, suiResponseType: template.suiResponseType, unfilled };
}

/** Why a trámite cannot be answered now, in Spanish; null when it can. */
function refusal(ctx: Ctx, request: RequestFacts): string | null {
  if (request.status === 'CERRADO') return `El trámite ${request.filingNumber} está cerrado: ya no se responde.`;
  if (request.closesWithReport) {
    return `La causal ${request.cause} se cierra con el informe de terreno: no lleva oficio de respuesta.`;
  }
  if (request.requiresFieldReport && findingsOf(ctx, request.id) === null) {
    return `La causal ${request.cause} requiere el informe de visita antes de responder: registre primero el informe del trámite ${request.filingNumber}.`;
  }
  return null;
}

interface CreateResponse {
  filingNumber: string;
  templateId?: number;
  body: string;
  suiResponseType: number;
}

/**
 * GUARDAR on PQR → Respuestas (seed 002 step 16): the letter takes the next OFICIO number and
 * the trámite becomes RESPONDIDO. The same text saved twice (a double click) returns the first.
 */
export function createResponse(ctx: Ctx, input: CreateResponse): ResponseLetterView {
  const request = requestByFiling(ctx, input.filingNumber);
  const why = refusal(ctx, request);
  if (why) throw ruleBroken(why, 'filingNumber');
  const leftover = leftoverPlaceholders(input.body);
  if (leftover.length > 0) throw ruleBroken(`Texto: reemplace ${leftover.join(', ')} por el dato que corresponde`, 'body');
  const latest = request.status === 'RESPONDIDO' ? lettersOf(ctx, request.filingNumber)[0] : undefined;
  if (latest && latest.body === input.body && latest.suiResponseType === input.suiResponseType) return latest;
  const templateId = input.templateId === undefined ? null : getTemplate(ctx, input.templateId).id;
  const { number } = nextNumber(ctx, 'OFICIO');
  const { id } = prepared(
    ctx.sqlite,
    `INSERT INTO response_letters (number, request_id, template_id, sui_response_type, body, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(number, request.id, templateId, input.suiResponseType, input.body, nowIso(ctx), actor(ctx).id) as { id: number };
  moveRequest(ctx, request.id, 'RESPONDIDO', `Oficio de respuesta ${number}`);
  ctx.audit({ recordType: 'response_letter', recordId: number, after: { ...input, number } });
  return letterView(ctx, id);
}

interface RawLetter {
  id: number;
  number: string;
  createdAt: string;
  suiResponseType: number;
  body: string;
  templateName: string | null;
  filingNumber: string;
  signerName: string;
  signerDocument: string;
}

function toView(ctx: Ctx, row: RawLetter): ResponseLetterView {
  const request = requestByFiling(ctx, row.filingNumber);
  return {
    id: row.id,
    number: row.number,
    createdAt: row.createdAt,
    suiResponseType: row.suiResponseType,
    suiResponseLabel: suiResponseLabel(row.suiResponseType),
    templateName: row.templateName,
    body: row.body,
    request: {
      filingNumber: request.filingNumber,
      filedOn: request.filedOn,
      service: request.service,
      cause: request.cause,
      status: request.status,
    },
    subscriber: getByCode(ctx, request.subscriberCode),
    party: getPartyRow(ctx, request.partyId),
    signer: { fullName: row.signerName, documentNumber: row.signerDocument },
  };
}

export function letterView(ctx: Ctx, id: number): ResponseLetterView {
  const row = prepared(ctx.sqlite, `SELECT ${LETTER_COLUMNS} ${LETTER_FROM} WHERE l.id = ?`).get(id) as RawLetter | undefined;
  if (!row) throw notFound('El oficio de respuesta no existe.');
  return toView(ctx, row);
}

export function letterByNumber(ctx: Ctx, number: string): ResponseLetterView {
  const row = prepared(ctx.sqlite, `SELECT ${LETTER_COLUMNS} ${LETTER_FROM} WHERE l.number = ?`).get(number) as
    RawLetter | undefined;
  if (!row) throw notFound(`No existe el oficio de respuesta ${number}.`);
  return toView(ctx, row);
}

/** The letters of a trámite, the latest first. */
export function lettersOf(ctx: Ctx, filingNumber: string): ResponseLetterView[] {
  const request = requestByFiling(ctx, filingNumber);
  const rows = prepared(ctx.sqlite, `SELECT ${LETTER_COLUMNS} ${LETTER_FROM} WHERE l.request_id = ? ORDER BY l.id DESC`).all(
    request.id,
  ) as RawLetter[];
  return rows.map((r) => toView(ctx, r));
}
