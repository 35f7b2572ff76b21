import { ok, type TestOffice } from '../../../db/testing';
import { CURRENT_CODE, feeFactura, payAtCaja } from '../no-debt/no-debt.fixtures';
import { causeId, pqrForm } from '../pqr/pqr.fixtures';

/** Test helpers for the cambio de nombre (seed 004): the buyer, the CNO fee paid, the trámite. */
export const NAME_CHANGE = 'CAMBIO DE NOMBRE';
export const FEE_CODE = 'CNO';
export const NEW_OWNER_NAME = 'Héctor Fabio Cuéllar Rojas';

/** The buyer who presents the escrituras: a tercero added at the counter (once per office). */
export function buyer(office: TestOffice, asesor: string): number {
  const found = office.sqlite.prepare(`SELECT id FROM parties WHERE document_number = '1117654321'`).get() as
    { id: number } | undefined;
  if (found) return found.id;
  return ok(
    office.call(asesor, 'parties.create', {
      documentType: 'CC',
      documentNumber: '1117654321',
      names: 'Héctor Fabio',
      surnames: 'Cuéllar Rojas',
      mobile: '3109876543',
      email: '',
      address: 'Calle 15 # 10-22 Barrio Centro',
      emailConsent: false,
      emailConsentDate: null,
    }),
  ).id;
}

export function requirementIds(office: TestOffice): number[] {
  return (
    office.sqlite
      .prepare(`SELECT id FROM requirements WHERE cause_id = ? AND applicant_kind = 'TITULAR' AND active = 1 ORDER BY id`)
      .all(causeId(office, NAME_CHANGE)) as { id: number }[]
  ).map((r) => r.id);
}

/** PQR → TRÁMITE for the cambio de nombre: the buyer as the tercero, every requirement ticked. */
export function nameChangeForm(office: TestOffice, asesor: string, code = CURRENT_CODE) {
  return {
    ...pqrForm(office, { code, cause: NAME_CHANGE, observation: `Código ${code} · cambio de nombre por compraventa` }),
    partyId: buyer(office, asesor),
    applicantKind: 'TITULAR' as const,
    requirementsPresented: requirementIds(office),
  };
}

/** The whole counter procedure: the CNO factura, paid at CAJA, radicated; the titular changed. */
export function changedOwner(office: TestOffice, asesor = office.login('asesor'), code = CURRENT_CODE) {
  const invoice = feeFactura(office, asesor, code, FEE_CODE);
  payAtCaja(office, asesor, invoice.number);
  const request = ok(office.call(asesor, 'pqr.create', nameChangeForm(office, asesor, code)));
  return { asesor, invoice, request };
}
