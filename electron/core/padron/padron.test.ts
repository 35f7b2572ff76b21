import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import type { Input } from '../contract';
import { SUBSCRIBER_MOVES, moveRefusal } from './lifecycle';

const party = (office: TestOffice, code = '100001') =>
  (office.sqlite.prepare('SELECT owner_party_id AS id FROM subscribers WHERE code = ?').get(code) as { id: number }).id;
const place = (office: TestOffice) =>
  office.sqlite
    .prepare('SELECT z.id AS zoneId, r.id AS routeId FROM routes r JOIN zones z ON z.id = r.zone_id ORDER BY r.id LIMIT 1')
    .get() as {
    zoneId: number;
    routeId: number;
  };

function matricula(office: TestOffice, overrides: Partial<Input<'padron.register'>> = {}): Input<'padron.register'> {
  return {
    requestKey: `matricula-${Math.random().toString(36).slice(2, 10)}`,
    code: '900001',
    ownerPartyId: party(office),
    address: 'Calle 12 # 7-45',
    neighborhood: 'La Consolata',
    ...place(office),
    landUse: 'RESIDENCIAL',
    stratum: 2,
    aqueduct: true,
    sewer: true,
    waste: false,
    hasMeter: true,
    meterSerial: 'a19-552301',
    meterBrand: 'Itron',
    ...overrides,
  };
}

describe('SUSCRIPTOR → Padrón: matrícula', () => {
  it('registers an ACTIVO subscriber findable by código, with its titular since today; a double GUARDAR gives the same one', () => {
    const office = testOffice();
    const supervisor = office.login('supervisor');
    const input = matricula(office);
    const created = ok(office.call(supervisor, 'padron.register', input));
    expect(created).toMatchObject({ code: '900001', status: 'ACTIVO', address: 'CALLE 12 # 7-45' });
    expect(ok(office.call(supervisor, 'padron.register', input)).id).toBe(created.id);
    const view = ok(office.call(office.login('asesor'), 'subscribers.view', { code: '900001' }));
    expect(view.meter).toEqual({ hasMeter: true, serial: 'A19-552301', brand: 'ITRON' });
    expect(view.ownerHistory).toEqual([expect.objectContaining({ since: '2026-11-23', until: null, reason: 'Matrícula' })]);
    expect(ok(office.call(supervisor, 'subscribers.search', { q: 'consolata' })).map((s) => s.code)).toContain('900001');
  });

  it.each([
    [{ code: '100001' }, 'code', 'Código del suscriptor: ya existe el suscriptor 100001'],
    [{ code: '9001' }, 'code', 'Código del suscriptor: debe tener 6 dígitos'],
    [{ stratum: null }, 'stratum', 'Estrato: de 1 a 6 para uso residencial'],
    [{ landUse: 'COMERCIAL' as const }, 'stratum', 'Estrato: solo para uso residencial; déjelo vacío'],
    [{ aqueduct: false, sewer: false }, 'aqueduct', 'Servicios: marque al menos uno'],
    [{ meterSerial: '' }, 'meterSerial', 'Serial del medidor: escríbalo (tiene medidor)'],
  ])('refuses %o on its field and saves nothing', (overrides, field, message) => {
    const office = testOffice();
    const before = office.count('subscribers');
    const refused = failure(office.call(office.login('supervisor'), 'padron.register', matricula(office, overrides)));
    expect(refused.issues).toEqual([{ field, message }]);
    expect(office.count('subscribers')).toBe(before);
  });

  it('refuses a ruta of another zona, naming both', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const zone = ok(office.call(admin, 'zones.create', { name: 'Curillo', municipality: 'Curillo' }));
    const refused = failure(office.call(admin, 'padron.register', matricula(office, { zoneId: zone.id })));
    expect(refused.issues?.[0]?.field).toBe('routeId');
    expect(refused.message).toBe('Ruta: la ruta 01-001 es de la zona FLORENCIA, no de CURILLO');
  });

  it('an edit is kept as history: who, when, what changed from what to what', () => {
    const office = testOffice();
    const supervisor = office.login('supervisor');
    const { requestKey: _k, ownerPartyId: _o, ...premises } = matricula(office);
    ok(office.call(supervisor, 'padron.register', matricula(office)));
    ok(
      office.call(supervisor, 'padron.update', {
        ...premises,
        code: '900001',
        stratum: 3,
        hasMeter: false,
        meterSerial: '',
        meterBrand: '',
      }),
    );
    const history = ok(office.call(office.login('asesor'), 'padron.history', { code: '900001' }));
    expect(history.edits[0]).toMatchObject({
      what: 'Edición del predio',
      user: 'Arley Perdomo Losada',
      changes: [
        { field: 'Estrato', before: '2', after: '3' },
        { field: 'Medidor', before: 'Sí', after: 'No' },
        { field: 'Serial del medidor', before: 'A19-552301', after: '—' },
        { field: 'Marca del medidor', before: 'ITRON', after: '—' },
      ],
    });
    expect(history.edits[1]?.what).toBe('Matrícula');
  });
});

describe('SUSCRIPTOR → Padrón: lifecycle', () => {
  it('the table: ACTIVO to the three others and back from SUSPENDIDO or CORTADO; CANCELADO is final', () => {
    expect(SUBSCRIBER_MOVES.CANCELADO).toEqual([]);
    expect(moveRefusal('100001', 'CORTADO', 'SUSPENDIDO')).toBe(
      'El suscriptor 100001 está CORTADO: no pasa a SUSPENDIDO; desde CORTADO solo pasa a ACTIVO, CANCELADO.',
    );
    expect(moveRefusal('100001', 'CANCELADO', 'ACTIVO')).toMatch(/no cambia de estado/);
  });

  it('each move keeps its date, reason and document; a refused move changes nothing and says why', () => {
    const office = testOffice();
    const supervisor = office.login('supervisor');
    const move = (to: 'SUSPENDIDO' | 'CORTADO' | 'ACTIVO' | 'CANCELADO', effectiveOn = '2026-11-23') =>
      office.call(supervisor, 'padron.changeStatus', {
        code: '100001',
        to,
        effectiveOn,
        reason: 'Por falta de pago de dos periodos',
        document: 'OT-2026-000077',
      });
    expect(ok(move('SUSPENDIDO', '2026-11-20')).status).toBe('SUSPENDIDO');
    expect(failure(move('CORTADO', '2026-11-19')).issues?.[0]?.field).toBe('effectiveOn');
    expect(failure(move('ACTIVO', '2026-11-24')).message).toBe('Fecha: no puede ser futura');
    expect(ok(move('CANCELADO')).status).toBe('CANCELADO');
    const refused = failure(move('ACTIVO'));
    expect(refused).toMatchObject({ code: 'RULE' });
    expect(
      ok(office.call(supervisor, 'padron.history', { code: '100001' })).statuses.map((s) => [
        s.fromStatus,
        s.toStatus,
        s.effectiveOn,
      ]),
    ).toEqual([
      ['SUSPENDIDO', 'CANCELADO', '2026-11-23'],
      ['ACTIVO', 'SUSPENDIDO', '2026-11-20'],
    ]);
    // CANCELADO: no new factura.
    const asesor = office.login('asesor');
    const product = (office.sqlite.prepare("SELECT id FROM products WHERE code = 'COR'").get() as { id: number }).id;
    const factura = failure(
      office.call(asesor, 'invoices.create', {
        requestKey: 'factura-cancelado-1',
        paymentForm: 'CONTADO',
        subscriberCode: '100001',
        partyId: party(office),
        lines: [{ productId: product, quantity: 1 }],
        observation: 'Prueba',
      }),
    );
    expect(factura.issues?.[0]?.field).toBe('subscriberCode');
  });

  it('only the padrón roles move it', () => {
    const office = testOffice();
    const refused = failure(
      office.call(office.login('asesor'), 'padron.changeStatus', {
        code: '100001',
        to: 'SUSPENDIDO',
        effectiveOn: '2026-11-23',
        reason: 'Por falta de pago',
        document: 'X-1',
      }),
    );
    expect(refused.code).toBe('FORBIDDEN');
  });
});

describe('SUSCRIPTOR → Padrón: cambio de titular', () => {
  it('the new titular from its date with the documents presented; the earlier one ends that day; both in the history', () => {
    const office = testOffice();
    const supervisor = office.login('supervisor');
    const newOwner = party(office, '100002');
    ok(
      office.call(supervisor, 'padron.changeOwner', {
        code: '100001',
        partyId: newOwner,
        effectiveOn: '2026-11-20',
        documents: ['Escritura pública 1234 de 2026', 'Cédula'],
      }),
    );
    const view = ok(office.call(office.login('asesor'), 'subscribers.view', { code: '100001' }));
    expect(view.owner.id).toBe(newOwner);
    const owners = ok(office.call(supervisor, 'padron.history', { code: '100001' })).owners;
    expect(owners).toHaveLength(2);
    expect(owners[0]).toMatchObject({
      since: '2026-11-20',
      until: null,
      reason: 'Cambio de titular',
      documents: ['Escritura pública 1234 de 2026', 'Cédula'],
    });
    expect(owners[1]?.until).toBe('2026-11-20');
    expect(
      failure(
        office.call(supervisor, 'padron.changeOwner', {
          code: '100001',
          partyId: newOwner,
          effectiveOn: '2026-11-23',
          documents: ['Cédula'],
        }),
      ).issues?.[0]?.field,
    ).toBe('partyId');
    expect(
      failure(
        office.call(supervisor, 'padron.changeOwner', {
          code: '100001',
          partyId: party(office),
          effectiveOn: '2026-11-23',
          documents: [],
        }),
      ).issues?.[0]?.field,
    ).toBe('documents');
  });
});
