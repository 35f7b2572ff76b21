import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { setSetting } from '../settings/settings';
import { causeId, pqrForm, requestTypeId } from './pqr.fixtures';

/** CAMBIO DE MEDIDOR asked by a tercero: carta poder and cédula required, predial optional. */
function withRequirements(office: TestOffice) {
  const admin = office.login('admin');
  const cause = causeId(office, 'CAMBIO DE MEDIDOR');
  const add = (name: string, required: boolean, applicantKind: 'TITULAR' | 'TERCERO' = 'TERCERO') =>
    ok(office.call(admin, 'requirements.create', { requestTypeId: null, causeId: cause, applicantKind, name, required }));
  const poder = add('Carta poder', true);
  const cedula = add('Cédula del titular y del tercero', true);
  const predial = add('Recibo predial', false);
  add('Cédula del titular', true, 'TITULAR');
  const form = (presented: number[]) => ({
    ...pqrForm(office, { cause: 'CAMBIO DE MEDIDOR', requestType: 'PETICIÓN' }),
    applicantKind: 'TERCERO' as const,
    requirementsPresented: presented,
  });
  return { asesor: office.login('asesor'), cause, poder, cedula, predial, form };
}

describe('PQR → TRÁMITE: requirements at the counter', () => {
  it('lists what a tercero must bring for the causal, required first', () => {
    const office = testOffice();
    const { asesor, cause } = withRequirements(office);
    const list = ok(
      office.call(asesor, 'pqr.requirements', {
        requestTypeId: requestTypeId(office, 'PETICIÓN'),
        causeId: cause,
        applicantKind: 'TERCERO',
      }),
    );
    expect(list.map((r) => [r.name, r.required])).toEqual([
      ['Carta poder', true],
      ['Cédula del titular y del tercero', true],
      ['Recibo predial', false],
    ]);
  });

  it('a required document missing: nothing radicated, no number used; the missing sheet is numbered', () => {
    const office = testOffice();
    const { asesor, poder, cedula, form } = withRequirements(office);
    const refused = failure(office.call(asesor, 'pqr.create', form([poder.id])));
    expect(refused).toMatchObject({
      code: 'RULE',
      message: expect.stringContaining('Faltan documentos requeridos: Cédula del titular y del tercero'),
    });
    expect(refused.issues?.[0]?.field).toBe('requirementsPresented');
    expect(office.count('pqr_requests')).toBe(0);
    const f = form([poder.id]);
    const notice = ok(
      office.call(asesor, 'pqr.missingNotice', {
        requestKey: 'faltante-prueba-01',
        subscriberCode: f.subscriberCode,
        partyId: f.partyId!,
        requestTypeId: f.requestTypeId!,
        causeId: f.causeId!,
        applicantKind: 'TERCERO',
        requirementsPresented: [poder.id],
      }),
    );
    expect(notice).toEqual({
      number: 'DF-2026-000001',
      missing: ['Cédula del titular y del tercero'],
      presented: ['Carta poder'],
    });
    // Once everything required is there, the trámite is radicated with what was presented.
    const filed = ok(office.call(asesor, 'pqr.create', form([poder.id, cedula.id])));
    expect(filed.filingNumber).toBe('RAD-2026-000001');
    expect(filed.applicantKind).toBe('TERCERO');
    expect(filed.requirements.map((r) => [r.name, r.presented])).toEqual([
      ['Carta poder', true],
      ['Cédula del titular y del tercero', true],
      ['Recibo predial', false],
    ]);
  });

  it('a ticked requirement of another trámite is refused on the field', () => {
    const office = testOffice();
    const { asesor, form } = withRequirements(office);
    expect(failure(office.call(asesor, 'pqr.create', form([999]))).issues?.[0]?.field).toBe('requirementsPresented');
  });

  it('an office may radicate it anyway, EN ESPERA with its term stopped', () => {
    const office = testOffice();
    const { asesor, poder, form } = withRequirements(office);
    setSetting(office.db, 'pqr.missingRequirements', 'EN_ESPERA', office.clock.now());
    const filed = ok(office.call(asesor, 'pqr.create', form([poder.id])));
    expect(filed.status).toBe('EN_ESPERA');
    expect(filed.deadline.paused).toBe(true);
    expect(filed.events.at(-1)?.note).toBe('Documentos faltantes: Cédula del titular y del tercero');
  });
});
