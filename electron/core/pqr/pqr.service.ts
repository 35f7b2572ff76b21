import type { ApplicantKind, PqrStatus, Service } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import type { PqrInput, PqrView } from '../contract/pqr.contract';
import { AppError, invalidField, notFound } from '../errors';
import { getSetting } from '../settings/settings';
import { getPartyRow } from '../parties/parties.service';
import { nextNumber } from '../sequences/sequences';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';
import { causeById } from './catalog';
import { deadlineOf, termOf } from './deadline-view';
import { checkGate } from './gate';
import { moveRequest, recordEvent } from './moves';
import { checkRequirements, missingMessage, recordRequirements, requirementsOfRequest } from './requirements';
import { pauseRequest } from './term';
import { ACTIVE_APPOINTMENT, EVENTS, REQUEST_BY_ID, REQUEST_ID_BY_FILING } from './pqr.queries';
import { bookAppointment } from '../agenda/agenda.service';
import { certificateOfRequest, issueNoDebtCertificate } from '../no-debt/no-debt.service';
import { changeOwnerByRequest, checkNewOwner, ownerChangeOfRequest } from '../name-change/name-change.service';
import { officeText } from '../office/office-format';

type CreatePqr = Omit<PqrInput, 'zoneId' | 'channelId' | 'partyId' | 'requestTypeId' | 'causeId'> & {
  zoneId?: number;
  channelId?: number;
  partyId?: number;
  requestTypeId?: number;
  causeId?: number;
};

function activeRow(ctx: Ctx, sql: string, id: number | undefined, field: string, label: string) {
  const row = id === undefined ? undefined : (ctx.sqlite.prepare(sql).get(id) as { name: string; active?: number } | undefined);
  if (!row || row.active === 0) throw invalidField(field, `${label}: elija uno de la lista`);
  return row;
}

/** The causal must belong to the chosen service and be active. */
function causeFor(ctx: Ctx, causeId: number | undefined, service: Service) {
  if (causeId === undefined) throw invalidField('causeId', 'Causal: elija una de la lista');
  const cause = causeById(ctx, causeId);
  if (!cause.active) throw invalidField('causeId', `Causal: ${cause.name} está inactiva`);
  if (cause.service !== service) {
    throw invalidField('causeId', `Causal: ${cause.name} es del servicio ${cause.service}, no de ${service}`);
  }
  return cause;
}

/**
 * GUARDAR on PQR → TRÁMITE: checks the causal (its service, its payment gate, its visit slot),
 * gives the radicado and the legal due date, saves the trámite, its first event and its
 * appointment, all in one transaction. The same request key twice returns the first trámite.
 */
export function createPqr(ctx: Ctx, input: CreatePqr): PqrView {
  const earlier = prepared(ctx.sqlite, 'SELECT id FROM pqr_requests WHERE request_key = ?').get(input.requestKey) as
    { id: number } | undefined;
  if (earlier) return pqrView(ctx, earlier.id);
  activeRow(ctx, 'SELECT name, active FROM zones WHERE id = ?', input.zoneId, 'zoneId', 'Zona');
  activeRow(ctx, 'SELECT name, active FROM channels WHERE id = ?', input.channelId, 'channelId', 'Medio');
  const type = activeRow(
    ctx,
    'SELECT name, active, response_days AS responseDays FROM request_types WHERE id = ?',
    input.requestTypeId,
    'requestTypeId',
    'Tipo de trámite',
  ) as { name: string; responseDays: number };
  const subscriber = getByCode(ctx, input.subscriberCode);
  if (input.partyId === undefined) throw invalidField('partyId', 'Tercero: busque por cédula o agréguelo con +');
  const party = getPartyRow(ctx, input.partyId);
  const cause = causeFor(ctx, input.causeId, input.service);
  if (cause.outcome === 'CAMBIO_DE_TITULAR') checkNewOwner(ctx, subscriber, party, input.applicantKind ?? 'TITULAR');
  const gate = checkGate(ctx, subscriber, cause);
  if (!gate.ok) throw invalidField('causeId', gate.message);
  if (cause.needsAppointment && !input.appointment) {
    throw invalidField('appointment', `Cita de visita: ${cause.name} necesita una franja libre de la agenda`);
  }
  if (!cause.needsAppointment && input.appointment) {
    throw invalidField('appointment', `Cita de visita: la causal ${cause.name} no usa la agenda de visitas`);
  }
  const facts = { requestTypeId: input.requestTypeId!, causeId: cause.id, applicantKind: input.applicantKind ?? 'TITULAR' };
  const { checks, missing } = checkRequirements(ctx, facts, input.requirementsPresented ?? []);
  // A term in hours cannot stop: a reconnection is refused until the documents are there; nor is a
  // certificate issued without them.
  const waitForDocuments =
    missing.length > 0 && !cause.termHours && !cause.outcome && getSetting(ctx.db, 'pqr.missingRequirements') === 'EN_ESPERA';
  if (missing.length > 0 && !waitForDocuments) {
    throw new AppError('RULE', missingMessage(missing), {
      issues: [{ field: 'requirementsPresented', message: missingMessage(missing) }],
    });
  }
  const { number } = nextNumber(ctx, 'RADICADO');
  const filedOn = today(ctx);
  const term = termOf(ctx, filedOn, type.responseDays, cause);
  const row = prepared(
    ctx.sqlite,
    `INSERT INTO pqr_requests (filing_number, filed_at, filed_on, zone_id, channel_id, subscriber_id, party_id, service,
       request_type_id, cause_id, observation, status, term_days, term_hours, due_on, due_at, applicant_kind, gate_invoice_id,
       gate_agreement_id, created_by, request_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RADICADO', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(
    number,
    nowIso(ctx),
    filedOn,
    input.zoneId,
    input.channelId,
    subscriber.id,
    party.id,
    input.service,
    input.requestTypeId,
    cause.id,
    input.observation,
    term.termDays,
    term.termHours,
    term.dueOn,
    term.dueAt,
    facts.applicantKind,
    gate.invoiceId,
    gate.agreementId,
    actor(ctx).id,
    input.requestKey,
  ) as { id: number };
  recordEvent(ctx, row.id, null, 'RADICADO', gate.required ? gate.message : '');
  recordRequirements(ctx, row.id, checks);
  if (input.appointment) bookAppointment(ctx, row.id, input.appointment);
  ctx.audit({ recordType: 'pqr_request', recordId: number, after: { ...input, dueOn: term.dueOn, dueAt: term.dueAt } });
  if (cause.outcome === 'CERTIFICADO_NO_ADEUDO') {
    const certificate = issueNoDebtCertificate(ctx, { id: row.id, subscriberId: subscriber.id, partyId: party.id });
    const until = officeText(ctx.db).date(certificate.validUntil);
    moveRequest(ctx, row.id, 'CERRADO', `Certificado de no adeudo ${certificate.number} expedido, vigente hasta el ${until}.`);
  }
  if (cause.outcome === 'CAMBIO_DE_TITULAR') {
    const documents = checks.filter((c) => c.presented).map((c) => c.name);
    const change = changeOwnerByRequest(ctx, {
      id: row.id,
      subscriberId: subscriber.id,
      subscriberCode: subscriber.code,
      partyId: party.id,
      documents,
    });
    moveRequest(ctx, row.id, 'CERRADO', `Cambio de nombre: el titular pasa de ${change.previousOwner} a ${change.newOwner}.`);
  }
  // An office may radicate it anyway, waiting on the documents with its term stopped.
  if (waitForDocuments) return pauseRequest(ctx, { filingNumber: number, reason: `Documentos faltantes: ${missing.join('; ')}` });
  return pqrView(ctx, row.id);
}

interface RequestRow {
  id: number;
  filingNumber: string;
  filedAt: string;
  filedOn: string;
  zone: string;
  channel: string;
  subscriberCode: string;
  hasMeter: number;
  partyId: number;
  service: Service;
  requestType: string;
  silenceApplies: number;
  applicantKind: ApplicantKind;
  termHours: number | null;
  dueAt: string | null;
  causeId: number;
  observation: string;
  status: PqrStatus;
  termDays: number;
  dueOn: string;
  extendedDays: number;
  extensionReason: string | null;
  gateInvoiceNumber: string | null;
  gateAgreementNumber: string | null;
  asesorName: string;
  asesorDocument: string;
  closedAt: string | null;
}

export function requestRow(ctx: Ctx, id: number): RequestRow {
  const row = prepared(ctx.sqlite, REQUEST_BY_ID).get(id) as RequestRow | undefined;
  if (!row) throw notFound('El trámite no existe.');
  return row;
}

export function requestIdOf(ctx: Ctx, filingNumber: string): number {
  const row = prepared(ctx.sqlite, REQUEST_ID_BY_FILING).get(filingNumber) as { id: number } | undefined;
  if (!row) throw notFound(`No existe el radicado ${filingNumber}.`);
  return row.id;
}

export function pqrView(ctx: Ctx, id: number): PqrView {
  const r = requestRow(ctx, id);
  const { active: _active, ...cause } = causeById(ctx, r.causeId);
  return {
    id: r.id,
    filingNumber: r.filingNumber,
    filedAt: r.filedAt,
    filedOn: r.filedOn,
    zone: r.zone,
    channel: r.channel,
    subscriber: { ...getByCode(ctx, r.subscriberCode), hasMeter: r.hasMeter === 1 },
    party: getPartyRow(ctx, r.partyId),
    service: r.service,
    requestType: r.requestType,
    applicantKind: r.applicantKind,
    cause,
    observation: r.observation,
    status: r.status,
    deadline: deadlineOf(ctx, r),
    gate: { invoiceNumber: r.gateInvoiceNumber, agreementNumber: r.gateAgreementNumber },
    appointment: (prepared(ctx.sqlite, ACTIVE_APPOINTMENT).get(id) as PqrView['appointment'] | undefined) ?? null,
    requirements: requirementsOfRequest(ctx, id),
    asesor: { fullName: r.asesorName, documentNumber: r.asesorDocument },
    closedAt: r.closedAt,
    events: prepared(ctx.sqlite, EVENTS).all(id) as PqrView['events'],
    certificate: certificateOfRequest(ctx, id),
    ownerChange: ownerChangeOfRequest(ctx, id),
  };
}

export const pqrByFiling = (ctx: Ctx, filingNumber: string) => pqrView(ctx, requestIdOf(ctx, filingNumber));
