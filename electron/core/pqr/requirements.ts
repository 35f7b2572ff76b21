import type { ApplicantKind } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { actor, nowIso } from '../context';
import { invalidField, notFound, ruleBroken } from '../errors';
import type { MissingNoticeView } from '../contract/pqr.contract';
import { getPartyRow } from '../parties/parties.service';
import { getByCode } from '../subscribers/subscribers.service';
import { nextNumber } from '../sequences/sequences';
import { prepared } from '../statements';

/** One requirement of a trámite as the counter sees it, and whether the user brought it. */
export interface RequirementCheck {
  id: number;
  name: string;
  required: boolean;
  presented: boolean;
}

export interface RequirementFacts {
  requestTypeId: number;
  causeId: number;
  applicantKind: ApplicantKind;
}

/**
 * What the user must bring for a tipo and causal, by who asks: the requirements of the tipo,
 * of the causal, and of the pair, active ones only, required first.
 */
export function requirementsFor(ctx: Ctx, f: RequirementFacts): Omit<RequirementCheck, 'presented'>[] {
  const rows = prepared(
    ctx.sqlite,
    `SELECT id, name, required FROM requirements
     WHERE active = 1 AND applicant_kind = @applicantKind
       AND (request_type_id = @requestTypeId OR request_type_id IS NULL)
       AND (cause_id = @causeId OR cause_id IS NULL)
       AND (request_type_id IS NOT NULL OR cause_id IS NOT NULL)
     ORDER BY required DESC, id`,
  ).all(f) as { id: number; name: string; required: number }[];
  return rows.map((r) => ({ ...r, required: r.required === 1 }));
}

/**
 * The counter's checklist against what applies: a ticked item that does not belong to this
 * trámite is refused; the answer says what is missing among the required ones.
 */
export function checkRequirements(ctx: Ctx, f: RequirementFacts, presented: readonly number[]) {
  const list = requirementsFor(ctx, f);
  const known = new Set(list.map((r) => r.id));
  const stray = presented.find((id) => !known.has(id));
  if (stray !== undefined) {
    throw invalidField(
      'requirementsPresented',
      'Requisitos: uno de los marcados no corresponde a este tipo, causal o solicitante',
    );
  }
  const checks: RequirementCheck[] = list.map((r) => ({ ...r, presented: presented.includes(r.id) }));
  return { checks, missing: checks.filter((c) => c.required && !c.presented).map((c) => c.name) };
}

/** What was presented is kept with the trámite, by name as it read that day. */
export function recordRequirements(ctx: Ctx, requestId: number, checks: readonly RequirementCheck[]): void {
  const insert = prepared(
    ctx.sqlite,
    'INSERT INTO pqr_requirements (request_id, requirement_id, name, required, presented) VALUES (?, ?, ?, ?, ?)',
  );
  for (const c of checks) insert.run(requestId, c.id, c.name, c.required ? 1 : 0, c.presented ? 1 : 0);
}

export function requirementsOfRequest(ctx: Ctx, requestId: number): RequirementCheck[] {
  const rows = prepared(
    ctx.sqlite,
    'SELECT requirement_id AS id, name, required, presented FROM pqr_requirements WHERE request_id = ? ORDER BY required DESC, requirement_id',
  ).all(requestId) as { id: number; name: string; required: number; presented: number }[];
  return rows.map((r) => ({ ...r, required: r.required === 1, presented: r.presented === 1 }));
}

export const missingMessage = (missing: readonly string[]) =>
  `Faltan documentos requeridos: ${missing.join('; ')}. El trámite no se radicó: imprima la documentación faltante para el usuario.`;

/**
 * "Documentación faltante": a numbered sheet for the user with what is missing and what was
 * brought, printed by reference like any document. Nothing is radicated.
 */
export function issueMissingNotice(ctx: Ctx, input: MissingNoticeInput): MissingNotice {
  const earlier = prepared(ctx.sqlite, `${NOTICE} WHERE request_key = ?`).get(input.requestKey) as NoticeRow | undefined;
  if (earlier) return toNotice(earlier);
  const subscriber = getByCode(ctx, input.subscriberCode);
  const party = getPartyRow(ctx, input.partyId);
  const f = { requestTypeId: input.requestTypeId, causeId: input.causeId, applicantKind: input.applicantKind };
  const { checks, missing } = checkRequirements(ctx, f, input.requirementsPresented);
  if (missing.length === 0) {
    throw ruleBroken('No falta ningún documento requerido: el trámite se puede radicar.', 'requirementsPresented');
  }
  const presented = checks.filter((c) => c.presented).map((c) => c.name);
  const { number } = nextNumber(ctx, 'FALTANTES');
  prepared(
    ctx.sqlite,
    `INSERT INTO missing_document_notices (number, subscriber_id, party_id, request_type_id, cause_id, applicant_kind, missing, presented,
       created_at, created_by, request_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    number,
    subscriber.id,
    party.id,
    f.requestTypeId,
    f.causeId,
    f.applicantKind,
    JSON.stringify(missing),
    JSON.stringify(presented),
    nowIso(ctx),
    actor(ctx).id,
    input.requestKey,
  );
  ctx.audit({ recordType: 'missing_document_notice', recordId: number, after: { ...input, missing, presented } });
  return { number, missing, presented };
}

export interface MissingNoticeInput extends RequirementFacts {
  requestKey: string;
  subscriberCode: string;
  partyId: number;
  requirementsPresented: number[];
}

export interface MissingNotice {
  number: string;
  missing: string[];
  presented: string[];
}

const NOTICE = 'SELECT number, missing, presented FROM missing_document_notices';
type NoticeRow = { number: string; missing: string; presented: string };
const toNotice = (r: NoticeRow): MissingNotice => ({
  number: r.number,
  missing: JSON.parse(r.missing) as string[],
  presented: JSON.parse(r.presented) as string[],
});

const NOTICE_VIEW = `SELECT n.number, n.created_at AS createdAt, s.code AS subscriberCode, n.party_id AS partyId,
    t.name AS requestType, c.name AS cause, c.service, n.applicant_kind AS applicantKind, n.missing, n.presented,
    trim(u.full_name) AS asesorName, u.document_number AS asesorDocument
  FROM missing_document_notices n
  JOIN subscribers s ON s.id = n.subscriber_id
  JOIN request_types t ON t.id = n.request_type_id
  JOIN causes c ON c.id = n.cause_id
  JOIN users u ON u.id = n.created_by
  WHERE n.number = ?`;

/** A "Documentación faltante" as it prints: who asked what for whom, what is missing and what was brought. */
export function missingNoticeByNumber(ctx: Ctx, number: string): MissingNoticeView {
  const row = prepared(ctx.sqlite, NOTICE_VIEW).get(number) as
    | (NoticeRow &
        Omit<MissingNoticeView, 'missing' | 'presented' | 'subscriber' | 'party' | 'asesor'> & {
          subscriberCode: string;
          partyId: number;
          asesorName: string;
          asesorDocument: string;
        })
    | undefined;
  if (!row) throw notFound(`No existe la documentación faltante ${number}.`);
  return {
    ...toNotice(row),
    createdAt: row.createdAt,
    subscriber: getByCode(ctx, row.subscriberCode),
    party: getPartyRow(ctx, row.partyId),
    requestType: row.requestType,
    cause: row.cause,
    service: row.service,
    applicantKind: row.applicantKind,
    asesor: { fullName: row.asesorName, documentNumber: row.asesorDocument },
  };
}
