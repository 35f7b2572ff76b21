import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { CURRENT_CODE, feeFactura, OVERDUE_CODE, payAtCaja } from '../no-debt/no-debt.fixtures';
import { causeId } from '../pqr/pqr.fixtures';
import { changedOwner, FEE_CODE, NAME_CHANGE, nameChangeForm, NEW_OWNER_NAME, requirementIds } from './name-change.fixtures';

const ownerOf = (office: TestOffice, code: string) =>
  (office.sqlite.prepare('SELECT owner_party_id AS id FROM subscribers WHERE code = ?').get(code) as { id: number }).id;

/** Nothing changed: no trámite, the same titular, no new period in the padrón. */
function nothingChanged(office: TestOffice, code: string, owner: number, periods: number) {
  expect(office.count('pqr_requests')).toBe(0);
  expect(ownerOf(office, code)).toBe(owner);
  expect(office.count('owner_history')).toBe(periods);
}

/** The fee paid at CAJA, so that only the rule under test can refuse. */
function paidFee(office: TestOffice, asesor: string, code = CURRENT_CODE) {
  payAtCaja(office, asesor, feeFactura(office, asesor, code, FEE_CODE).number);
}

describe('seed 004: cambio de nombre', () => {
  it('asks for the predial, a proof of ownership and an ID, and tells its fee', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const form = nameChangeForm(office, asesor);
    const facts = {
      requestTypeId: form.requestTypeId!,
      causeId: causeId(office, NAME_CHANGE),
      applicantKind: 'TITULAR' as const,
    };
    expect(ok(office.call(asesor, 'pqr.requirements', facts)).map((r) => r.name)).toEqual([
      'Boleta predial actualizada',
      'Comprobante de la propiedad (escrituras, compraventa, carta de entrega o cesión de derechos)',
      'Identificación oficial',
    ]);
    const gate = ok(office.call(asesor, 'pqr.gate', { subscriberCode: CURRENT_CODE, causeId: facts.causeId }));
    expect(gate).toMatchObject({ ok: false, fee: 45_000 });
    expect(gate.message).toMatch(/^No hay factura de CAMBIO DE NOMBRE pagada.*Costo del trámite/);
  });

  it('with the fee paid, radicating makes the buyer the titular through the padrón, keeps the history and closes the trámite', () => {
    const office = testOffice();
    const before = ownerOf(office, CURRENT_CODE);
    const previousName = ok(office.call(office.login('asesor'), 'subscribers.view', { code: CURRENT_CODE })).owner.fullName;
    const { request, invoice } = changedOwner(office);
    expect(request.status).toBe('CERRADO');
    expect(request.gate.invoiceNumber).toBe(invoice.number);
    expect(request.ownerChange).toEqual({ previousOwner: previousName, newOwner: NEW_OWNER_NAME, effectiveOn: '2026-11-23' });
    expect(request.events.at(-1)?.note).toBe(`Cambio de nombre: el titular pasa de ${previousName} a ${NEW_OWNER_NAME}.`);
    expect(ownerOf(office, CURRENT_CODE)).not.toBe(before);

    const owners = ok(office.call(office.login('supervisor'), 'padron.history', { code: CURRENT_CODE })).owners;
    expect(owners[0]).toMatchObject({
      name: NEW_OWNER_NAME,
      since: '2026-11-23',
      until: null,
      reason: 'Cambio de titular',
      documents: [
        'Boleta predial actualizada',
        'Comprobante de la propiedad (escrituras, compraventa, carta de entrega o cesión de derechos)',
        'Identificación oficial',
      ],
    });
    expect(owners[1]).toMatchObject({ name: previousName, until: '2026-11-23' });
    const audit = office.sqlite
      .prepare(`SELECT procedure, before FROM audit WHERE record_type = 'subscriber' AND record_id = ? ORDER BY id DESC LIMIT 1`)
      .get(CURRENT_CODE) as { procedure: string; before: string };
    expect(audit.procedure).toBe('pqr.create');
    expect(JSON.parse(audit.before)).toEqual({ ownerPartyId: before });

    // The buyer is the titular now: the same form again is refused at the tercero.
    const again = failure(office.call(office.login('asesor'), 'pqr.create', nameChangeForm(office, office.login('asesor'))));
    expect(again.issues?.[0]?.field).toBe('partyId');
  });

  it('refuses an account not al corriente, saying what it owes, and changes nothing', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const owner = ownerOf(office, OVERDUE_CODE);
    const periods = office.count('owner_history');
    const error = failure(office.call(asesor, 'pqr.create', nameChangeForm(office, asesor, OVERDUE_CODE)));
    expect(error.issues?.[0]).toEqual({ field: 'causeId', message: expect.stringMatching(/no está al corriente: debe/) });
    nothingChanged(office, OVERDUE_CODE, owner, periods);
  });

  it('refuses without the proof of ownership, naming it, and changes nothing even with the fee paid', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    paidFee(office, asesor);
    const owner = ownerOf(office, CURRENT_CODE);
    const periods = office.count('owner_history');
    const [predial, , id] = requirementIds(office);
    const form = { ...nameChangeForm(office, asesor), requirementsPresented: [predial!, id!] };
    const error = failure(office.call(asesor, 'pqr.create', form));
    expect(error.issues?.[0]).toEqual({
      field: 'requirementsPresented',
      message: expect.stringMatching(/Faltan documentos requeridos: Comprobante de la propiedad/),
    });
    nothingChanged(office, CURRENT_CODE, owner, periods);
  });

  it('refuses while the fee factura is not paid, and changes nothing', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const invoice = feeFactura(office, asesor, CURRENT_CODE, FEE_CODE);
    const owner = ownerOf(office, CURRENT_CODE);
    const periods = office.count('owner_history');
    const error = failure(office.call(asesor, 'pqr.create', nameChangeForm(office, asesor)));
    expect(error.issues?.[0]).toEqual({
      field: 'causeId',
      message: expect.stringMatching(new RegExp(`La factura ${invoice.number} de CAMBIO DE NOMBRE está PENDIENTE`)),
    });
    nothingChanged(office, CURRENT_CODE, owner, periods);
  });

  it('refuses the current titular as the new one, and a tercero asking for someone else, at their fields', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    paidFee(office, asesor);
    const owner = ownerOf(office, CURRENT_CODE);
    const periods = office.count('owner_history');
    const same = failure(office.call(asesor, 'pqr.create', { ...nameChangeForm(office, asesor), partyId: owner }));
    expect(same.issues?.[0]).toEqual({
      field: 'partyId',
      message: expect.stringMatching(/ya es el titular de la cuenta 100010; busque al nuevo titular/),
    });
    const tercero = failure(office.call(asesor, 'pqr.create', { ...nameChangeForm(office, asesor), applicantKind: 'TERCERO' }));
    expect(tercero.issues?.[0]).toEqual({ field: 'applicantKind', message: expect.stringMatching(/^Solicitante: /) });
    nothingChanged(office, CURRENT_CODE, owner, periods);
  });
});
