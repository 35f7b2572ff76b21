import type { ApplicantKind } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { today } from '../context';
import type { NameChangeConstanciaView, OwnerChangeSummary } from '../contract/name-change.contract';
import { invalidField, notFound } from '../errors';
import { changeOwner } from '../padron/padron.service';
import { getPartyRow } from '../parties/parties.service';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';
import { CHANGE_OF_REQUEST, CURRENT_PERIOD, LINK_REQUEST, OWNER_OF_SUBSCRIBER } from './name-change.queries';

/**
 * Seed 004, cambio de nombre: the tercero chosen on the trámite is the one who presents the
 * predial, the proof of ownership and their ID, and becomes the titular; so they ask as the
 * (new) titular, and cannot be the titular the account already has.
 */
export function checkNewOwner(
  ctx: Ctx,
  subscriber: { id: number; code: string },
  party: { id: number; fullName: string },
  applicantKind: ApplicantKind,
): void {
  const { partyId } = prepared(ctx.sqlite, OWNER_OF_SUBSCRIBER).get(subscriber.id) as { partyId: number };
  if (partyId === party.id) {
    throw invalidField(
      'partyId',
      `Tercero: ${party.fullName} ya es el titular de la cuenta ${subscriber.code}; busque al nuevo titular, quien presenta los documentos`,
    );
  }
  if (applicantKind !== 'TITULAR') {
    throw invalidField(
      'applicantKind',
      'Solicitante: el cambio de nombre lo presenta el nuevo titular con sus documentos; elija Titular',
    );
  }
}

/**
 * Radicating a cambio de nombre, inside its transaction (the gate found the account al corriente
 * and the fee PAGADA): the padrón's own cambio de titular from today, with the documents
 * presented, so its history and audit read exactly as one made in PADRÓN; the trámite keeps the
 * titular's period it opened.
 */
export function changeOwnerByRequest(
  ctx: Ctx,
  request: { id: number; subscriberId: number; subscriberCode: string; partyId: number; documents: string[] },
): OwnerChangeSummary {
  changeOwner(ctx, {
    code: request.subscriberCode,
    partyId: request.partyId,
    effectiveOn: today(ctx),
    documents: request.documents,
  });
  const period = prepared(ctx.sqlite, CURRENT_PERIOD).get(request.subscriberId) as { id: number };
  prepared(ctx.sqlite, LINK_REQUEST).run(period.id, request.id);
  return ownerChangeOfRequest(ctx, request.id)!;
}

interface ChangeRow {
  filingNumber: string;
  filedAt: string;
  subscriberCode: string;
  effectiveOn: string;
  newPartyId: number;
  previousPartyId: number;
  documents: string;
  invoiceNumber: string | null;
  asesorName: string;
  asesorDocument: string;
}

const changeRow = (ctx: Ctx, where: string, key: number | string) =>
  prepared(ctx.sqlite, `${CHANGE_OF_REQUEST} WHERE ${where}`).get(key) as ChangeRow | undefined;

/** Who was and who is the titular, when the trámite changed it; null for any other trámite. */
export function ownerChangeOfRequest(ctx: Ctx, requestId: number): OwnerChangeSummary | null {
  const row = changeRow(ctx, 'r.id = ?', requestId);
  if (!row) return null;
  return {
    previousOwner: getPartyRow(ctx, row.previousPartyId).fullName,
    newOwner: getPartyRow(ctx, row.newPartyId).fullName,
    effectiveOn: row.effectiveOn,
  };
}

/** The constancia de cambio de nombre of a radicado, as it prints. */
export function nameChangeConstancia(ctx: Ctx, filingNumber: string): NameChangeConstanciaView {
  const row = changeRow(ctx, 'r.filing_number = ?', filingNumber);
  if (!row) throw notFound(`El radicado ${filingNumber} no cambió el titular de ninguna cuenta.`);
  return {
    filingNumber: row.filingNumber,
    filedAt: row.filedAt,
    effectiveOn: row.effectiveOn,
    subscriber: getByCode(ctx, row.subscriberCode),
    previousOwner: getPartyRow(ctx, row.previousPartyId),
    newOwner: getPartyRow(ctx, row.newPartyId),
    documents: JSON.parse(row.documents) as string[],
    invoiceNumber: row.invoiceNumber,
    asesor: { fullName: row.asesorName, documentNumber: row.asesorDocument },
  };
}
