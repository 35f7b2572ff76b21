import type { ApplicantKind } from '../../../db/schema/enums';
import { ok, type TestOffice } from '../../../db/testing';
import { cash, couponFor, key } from '../cash/cash.fixtures';
import { causeId, pqrForm } from '../pqr/pqr.fixtures';

/** Test helpers for the certificado de no adeudo (seed 004): its fee factura, paid, and the trámite. */
export const NO_DEBT = 'CERTIFICADO DE NO ADEUDO';

/** In the demo office: 100010 owes nothing overdue; 100016 has one bill past its due date. */
export const CURRENT_CODE = '100010';
export const OVERDUE_CODE = '100016';

/** SUSCRIPTOR → FACTURA with the fee's product (CNA unless told), CONTADO. */
export function feeFactura(office: TestOffice, asesor: string, code = CURRENT_CODE, productCode = 'CNA') {
  const product = office.sqlite.prepare('SELECT id FROM products WHERE code = ?').get(productCode) as { id: number };
  const party = office.sqlite.prepare('SELECT owner_party_id AS id FROM subscribers WHERE code = ?').get(code) as { id: number };
  return ok(
    office.call(asesor, 'invoices.create', {
      requestKey: key(),
      paymentForm: 'CONTADO',
      subscriberCode: code,
      partyId: party.id,
      lines: [{ productId: product.id, quantity: 1 }],
      observation: `Código ${code}, trámite ${productCode}`,
    }),
  );
}

/** Its coupon paid in cash at CAJA. */
export function payAtCaja(office: TestOffice, asesor: string, invoiceNumber: string) {
  const cajero = office.login('cajero');
  const coupon = couponFor(office, asesor, invoiceNumber);
  const open = office.call(cajero, 'cash.current', {});
  if (!open.ok || !open.data.session) ok(office.call(cajero, 'cash.open', { openingFloat: 100_000 }));
  ok(office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] }));
}

/** The requirement ids of the causal for who asks, all ticked unless told. */
export function requirementIds(office: TestOffice, applicantKind: ApplicantKind): number[] {
  return (
    office.sqlite
      .prepare('SELECT id FROM requirements WHERE cause_id = ? AND applicant_kind = ? AND active = 1 ORDER BY id')
      .all(causeId(office, NO_DEBT), applicantKind) as { id: number }[]
  ).map((r) => r.id);
}

export function noDebtForm(office: TestOffice, code = CURRENT_CODE, applicantKind: ApplicantKind = 'TITULAR') {
  return {
    ...pqrForm(office, { code, cause: NO_DEBT, observation: `Código ${code} · certificado de no adeudo` }),
    applicantKind,
    requirementsPresented: requirementIds(office, applicantKind),
  };
}

/** The whole counter procedure: factura, paid at CAJA, radicated; the certificate issued. */
export function issuedCertificate(office: TestOffice, asesor = office.login('asesor'), code = CURRENT_CODE) {
  const invoice = feeFactura(office, asesor, code);
  payAtCaja(office, asesor, invoice.number);
  const request = ok(office.call(asesor, 'pqr.create', noDebtForm(office, code)));
  return { asesor, invoice, request, number: request.certificate!.number };
}
