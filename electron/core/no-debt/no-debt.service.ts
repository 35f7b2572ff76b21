import { addDays } from '../calendar/civil';
import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import type { NoDebtCertificateView, NoDebtCheck } from '../contract/no-debt.contract';
import { AppError } from '../errors';
import { officeText } from '../office/office-format';
import { getPartyRow } from '../parties/parties.service';
import { nextNumber } from '../sequences/sequences';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';
import { CERTIFICATE_BY_NUMBER, CERTIFICATE_OF_REQUEST, INSERT_CERTIFICATE } from './no-debt.queries';

/** The last day a certificate issued on `issuedOn` is valid: the setting's days later (30 by default). */
export const validUntilOf = (ctx: Ctx, issuedOn: string): string =>
  addDays(issuedOn, getSetting(ctx.db, 'noDebtCertificate.validDays'));

/**
 * Issues the certificado de no adeudo of a trámite just radicated, inside its transaction: the
 * caller has already found the account al corriente and the fee's factura PAGADA (the gate).
 */
export function issueNoDebtCertificate(
  ctx: Ctx,
  request: { id: number; subscriberId: number; partyId: number },
): { number: string; validUntil: string } {
  const { number } = nextNumber(ctx, 'CERTIFICADO_NO_ADEUDO');
  const issuedOn = today(ctx);
  const validUntil = validUntilOf(ctx, issuedOn);
  prepared(ctx.sqlite, INSERT_CERTIFICATE).run({
    number,
    requestId: request.id,
    subscriberId: request.subscriberId,
    partyId: request.partyId,
    issuedAt: nowIso(ctx),
    issuedOn,
    validUntil,
    createdBy: actor(ctx).id,
  });
  ctx.audit({ recordType: 'no_debt_certificate', recordId: number, after: { requestId: request.id, issuedOn, validUntil } });
  return { number, validUntil };
}

export function certificateOfRequest(ctx: Ctx, requestId: number): { number: string; validUntil: string } | null {
  return (
    (prepared(ctx.sqlite, CERTIFICATE_OF_REQUEST).get(requestId) as { number: string; validUntil: string } | undefined) ?? null
  );
}

type CertificateRow = Omit<NoDebtCertificateView, 'subscriber' | 'party' | 'asesor'> & {
  subscriberCode: string;
  partyId: number;
  asesorName: string;
  asesorDocument: string;
};

const unknown = (number: string) =>
  new AppError('NOT_FOUND', `No existe el certificado de no adeudo ${number}: revise el número.`, {
    issues: [{ field: 'number', message: `No existe el certificado de no adeudo ${number}: revise el número.` }],
  });

/** A certificate as it prints: the trámite, the subscriber, who asked and who issued it. */
export function noDebtCertificateByNumber(ctx: Ctx, number: string): NoDebtCertificateView {
  const row = prepared(ctx.sqlite, CERTIFICATE_BY_NUMBER).get(number) as CertificateRow | undefined;
  if (!row) throw unknown(number);
  const { subscriberCode, partyId, asesorName, asesorDocument, ...rest } = row;
  return {
    ...rest,
    subscriber: getByCode(ctx, subscriberCode),
    party: getPartyRow(ctx, partyId),
    asesor: { fullName: asesorName, documentNumber: asesorDocument },
  };
}

/** Anyone at the counter: is this certificate real, and is it still valid today (through validUntil)? */
export function checkNoDebtCertificate(ctx: Ctx, number: string): NoDebtCheck {
  const c = noDebtCertificateByNumber(ctx, number);
  const text = officeText(ctx.db);
  const valid = today(ctx) <= c.validUntil;
  const whose = `cuenta ${c.subscriber.code} (${c.subscriber.ownerName}), expedido el ${text.date(c.issuedOn)}`;
  return {
    number: c.number,
    status: valid ? 'VIGENTE' : 'VENCIDO',
    issuedOn: c.issuedOn,
    validUntil: c.validUntil,
    subscriberCode: c.subscriber.code,
    ownerName: c.subscriber.ownerName,
    message: valid
      ? `El certificado ${c.number} es auténtico y está VIGENTE hasta el ${text.date(c.validUntil)}: ${whose}.`
      : `El certificado ${c.number} está VENCIDO: fue válido hasta el ${text.date(c.validUntil)} (${whose}). El usuario debe solicitar uno nuevo.`,
  };
}
