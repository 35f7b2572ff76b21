import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { causeId } from '../pqr/pqr.fixtures';
import { setSetting } from '../settings/settings';
import {
  CURRENT_CODE,
  feeFactura,
  issuedCertificate,
  NO_DEBT,
  noDebtForm,
  OVERDUE_CODE,
  payAtCaja,
  requirementIds,
} from './no-debt.fixtures';

/** TEST_TODAY is Monday 2026-11-23. */
const at = (office: TestOffice, day: string) => office.clock.set(`${day}T15:00:00.000Z`);
const nothingCreated = (office: TestOffice) => {
  expect(office.count('pqr_requests')).toBe(0);
  expect(office.count('no_debt_certificates')).toBe(0);
};

describe('seed 004: requirements of the certificado de no adeudo by who asks', () => {
  it('asks the titular for an ID, a tercero for the carta poder and both IDs, a notaría for the poder notarial', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const facts = (applicantKind: 'TITULAR' | 'TERCERO' | 'NOTARIA') => ({
      requestTypeId: noDebtForm(office).requestTypeId!,
      causeId: causeId(office, NO_DEBT),
      applicantKind,
    });
    const names = (kind: 'TITULAR' | 'TERCERO' | 'NOTARIA') =>
      ok(office.call(asesor, 'pqr.requirements', facts(kind))).map((r) => `${r.name}${r.required ? '' : ' (opcional)'}`);
    expect(names('TITULAR')).toEqual(['Identificación oficial del titular']);
    expect(names('TERCERO')).toEqual([
      'Identificación oficial del solicitante',
      'Carta poder',
      'Identificación oficial del titular',
    ]);
    expect(names('NOTARIA')).toEqual(['Identificación oficial del solicitante', 'Poder notarial']);
  });

  it('refuses a tercero without the carta poder, naming it, and creates nothing even with the fee paid', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    payAtCaja(office, asesor, feeFactura(office, asesor).number);
    const [ownId, , titularId] = requirementIds(office, 'TERCERO');
    const form = { ...noDebtForm(office, CURRENT_CODE, 'TERCERO'), requirementsPresented: [ownId!, titularId!] };
    const error = failure(office.call(asesor, 'pqr.create', form));
    expect(error.issues?.[0]).toEqual({
      field: 'requirementsPresented',
      message: expect.stringMatching(/Faltan documentos requeridos: Carta poder\./),
    });
    nothingCreated(office);
  });
});

describe('seed 004: al corriente', () => {
  it('is the one rule: nothing past its due date; a charge due today or later does not count', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    // A new login each time: days pass between the questions.
    const gate = () =>
      ok(office.call(office.login('asesor'), 'pqr.gate', { subscriberCode: CURRENT_CODE, causeId: causeId(office, NO_DEBT) }));
    expect(gate().message).toMatch(/^No hay factura de CERTIFICADO DE NO ADEUDO pagada/);
    // The fee's own factura falls due in 10 days (2026-12-03): al corriente today, not once it is late.
    feeFactura(office, asesor);
    expect(gate().message).toMatch(/PENDIENTE/);
    at(office, '2026-12-03');
    expect(gate().message).toMatch(/PENDIENTE/);
    at(office, '2026-12-04');
    // Money as the office writes it: "$ 12.500" with a non-breaking space.
    expect(gate().message.replace(/\s/g, ' ')).toBe(
      `La cuenta ${CURRENT_CODE} no está al corriente: debe $ 12.500 vencidos desde el 03/12/2026. ` +
        'Debe pagarlos (o acordar su pago en RECAUDO) antes de este trámite.',
    );
  });

  it('refuses an account with something overdue, saying how much and since when, before any fee', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const form = noDebtForm(office, OVERDUE_CODE);
    const gate = ok(office.call(asesor, 'pqr.gate', { subscriberCode: OVERDUE_CODE, causeId: form.causeId! }));
    expect(gate).toMatchObject({ required: true, ok: false, fee: null });
    expect(gate.message).toMatch(
      new RegExp(`^La cuenta ${OVERDUE_CODE} no está al corriente: debe \\$\\s[\\d.]+ vencidos desde el \\d{2}/\\d{2}/\\d{4}\\.`),
    );
    const error = failure(office.call(asesor, 'pqr.create', form));
    expect(error.issues?.[0]).toEqual({ field: 'causeId', message: gate.message });
    nothingCreated(office);
  });
});

describe('seed 004: the fee and the payment verification', () => {
  it('tells the fee from the product’s price and refuses until the system finds the factura PAGADA', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const form = noDebtForm(office);
    const gate = () => ok(office.call(asesor, 'pqr.gate', { subscriberCode: CURRENT_CODE, causeId: form.causeId! }));
    expect(gate()).toMatchObject({ ok: false, fee: 12_500, message: expect.stringMatching(/Costo del trámite: \$\s12\.500\./) });
    const invoice = feeFactura(office, asesor);
    expect(gate().message).toMatch(new RegExp(`${invoice.number} de CERTIFICADO DE NO ADEUDO está PENDIENTE`));
    expect(failure(office.call(asesor, 'pqr.create', form)).issues?.[0]?.field).toBe('causeId');
    nothingCreated(office);
    payAtCaja(office, asesor, invoice.number);
    expect(gate()).toMatchObject({ ok: true, invoiceNumber: invoice.number });
  });

  it('issues the certificate with the radicado: CND number, 30 days, the trámite closed; the factura serves once', () => {
    const office = testOffice();
    const { asesor, invoice, request, number } = issuedCertificate(office);
    expect(number).toBe('CND-2026-000001');
    expect(request).toMatchObject({
      status: 'CERRADO',
      gate: { invoiceNumber: invoice.number },
      certificate: { number, validUntil: '2026-12-23' },
    });
    expect(request.events.map((e) => e.toStatus)).toEqual(['RADICADO', 'CERRADO']);
    expect(request.events[1]!.note).toBe(`Certificado de no adeudo ${number} expedido, vigente hasta el 23/12/2026.`);
    expect(failure(office.call(asesor, 'pqr.create', noDebtForm(office))).message).toMatch(/ya se usó en el radicado/);
    expect(office.count('no_debt_certificates')).toBe(1);
  });
});

describe('seed 004: checking a certificate by its number', () => {
  it('says VIGENTE through its last day and VENCIDO after, to any role at the counter', () => {
    const office = testOffice();
    const { number } = issuedCertificate(office);
    const check = (who: string, n = number) => office.call(office.login(who), 'noDebtCertificates.check', { number: n });
    expect(ok(check('cajero', number.toLowerCase()))).toMatchObject({
      number,
      status: 'VIGENTE',
      validUntil: '2026-12-23',
      subscriberCode: CURRENT_CODE,
      message: expect.stringMatching(/VIGENTE hasta el 23\/12\/2026/),
    });
    at(office, '2026-12-23');
    expect(ok(check('asesor')).status).toBe('VIGENTE');
    at(office, '2026-12-24');
    expect(ok(check('asesor'))).toMatchObject({
      status: 'VENCIDO',
      message: expect.stringMatching(/VENCIDO: fue válido hasta el 23\/12\/2026/),
    });
  });

  it('takes its validity from the setting when issued', () => {
    const office = testOffice();
    setSetting(office.db, 'noDebtCertificate.validDays', 60, office.clock.now());
    expect(issuedCertificate(office).request.certificate!.validUntil).toBe('2027-01-22');
  });

  it('says so at the field when a number does not exist or is malformed', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const unknown = failure(office.call(asesor, 'noDebtCertificates.check', { number: 'CND-2026-000999' }));
    expect(unknown).toMatchObject({
      code: 'NOT_FOUND',
      issues: [{ field: 'number', message: expect.stringMatching(/No existe el certificado de no adeudo CND-2026-000999/) }],
    });
    const malformed = failure(office.call(asesor, 'noDebtCertificates.check', { number: '12345' }));
    expect(malformed.issues?.[0]).toEqual({ field: 'number', message: 'Número del certificado: con el formato CND-2026-000123' });
  });
});
