import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../db/schema/enums';
import { DEMO_USERS } from '../../../db/seed/users';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';

const sessionOf = (office: TestOffice, role: Role) => office.login(DEMO_USERS.find((u) => u.role === role)!.username);

const place = (office: TestOffice) =>
  office.sqlite
    .prepare('SELECT z.id AS zoneId, r.id AS routeId FROM routes r JOIN zones z ON z.id = r.zone_id ORDER BY r.id LIMIT 1')
    .get() as { zoneId: number; routeId: number };

describe('Padrón: who opens a subscriber on it', () => {
  it('every padrón role and the administrator open its predio and titular; the cashier does not', () => {
    const office = testOffice();
    const answers = Object.fromEntries(
      ROLES.map((role) => {
        const answer = office.call(sessionOf(office, role), 'padron.subscriber', { code: '100001' });
        return [role, answer.ok ? 'abre' : answer.error.code];
      }),
    );
    expect(answers).toEqual({
      ASESOR: 'abre',
      CAJERO: 'FORBIDDEN',
      SUPERVISOR: 'abre',
      COORDINADOR_PQR: 'abre',
      DIRECTOR_COMERCIAL: 'abre',
      GESTION_DOCUMENTAL: 'abre',
      ALMACEN: 'abre',
      ADMIN: 'abre',
    });
  });

  it('gives what the padrón forms start from and nothing of the account, which stays the counter’s', () => {
    const office = testOffice();
    const admin = sessionOf(office, 'ADMIN');
    const record = ok(office.call(admin, 'padron.subscriber', { code: '100001' }));
    const view = ok(office.call(sessionOf(office, 'ASESOR'), 'subscribers.view', { code: '100001' }));
    expect(record).toEqual({
      ...Object.fromEntries(Object.keys(record).map((k) => [k, view[k as keyof typeof view]])),
    });
    expect(Object.keys(record)).not.toContain('balance');
    expect(Object.keys(record)).not.toContain('movements');
    expect(failure(office.call(admin, 'subscribers.view', { code: '100001' })).code).toBe('FORBIDDEN');
    expect(failure(office.call(admin, 'padron.subscriber', { code: '999999' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No existe un suscriptor con el código 999999.',
    });
  });

  it('the administrator keeps the padrón end to end: finds or adds the titular, registers, opens, changes the titular, reads the history', () => {
    const office = testOffice();
    const admin = sessionOf(office, 'ADMIN');
    const existing = ok(office.call(admin, 'parties.byDocument', { documentNumber: '1117512345' }));
    expect(existing).toEqual([]);
    const titular = ok(
      office.call(admin, 'parties.create', {
        documentType: 'CC',
        documentNumber: '1117512345',
        names: 'Rosa Elvira',
        surnames: 'Cuéllar Vargas',
        mobile: '3104567890',
      }),
    );
    expect(ok(office.call(admin, 'parties.byDocument', { documentNumber: '1117512345' })).map((p) => p.id)).toEqual([titular.id]);
    ok(
      office.call(admin, 'padron.register', {
        requestKey: 'matricula-admin-1',
        code: '900001',
        ownerPartyId: titular.id,
        address: 'Calle 12 # 7-45',
        neighborhood: 'La Consolata',
        ...place(office),
        landUse: 'RESIDENCIAL',
        stratum: 2,
        aqueduct: true,
        sewer: true,
        waste: true,
        hasMeter: false,
        meterSerial: '',
        meterBrand: '',
      }),
    );
    expect(ok(office.call(admin, 'padron.subscriber', { code: '900001' })).owner.fullName).toBe('Rosa Elvira Cuéllar Vargas');
    const buyer = ok(
      office.call(admin, 'parties.create', {
        documentType: 'CC',
        documentNumber: '1117599999',
        names: 'Hernando',
        surnames: 'Polanía Rojas',
        mobile: '3104567891',
      }),
    );
    ok(
      office.call(admin, 'padron.changeOwner', {
        code: '900001',
        partyId: buyer.id,
        effectiveOn: '2026-11-23',
        documents: ['Escritura pública 1234 de 2026'],
      }),
    );
    expect(ok(office.call(admin, 'padron.subscriber', { code: '900001' })).owner.fullName).toBe('Hernando Polanía Rojas');
    expect(ok(office.call(admin, 'padron.history', { code: '900001' })).owners.map((o) => o.name)).toEqual([
      'Hernando Polanía Rojas',
      'Rosa Elvira Cuéllar Vargas',
    ]);
  });
});

describe('Subscriber view: the padrón history it counts', () => {
  it('counts the matrícula, the edits and the lifecycle moves, and lists each titular with the documents presented', () => {
    const office = testOffice();
    const supervisor = sessionOf(office, 'SUPERVISOR');
    const asesor = sessionOf(office, 'ASESOR');
    expect(ok(office.call(asesor, 'subscribers.view', { code: '100001' })).padronChanges).toBe(0);
    ok(
      office.call(supervisor, 'padron.changeStatus', {
        code: '100001',
        to: 'SUSPENDIDO',
        effectiveOn: '2026-11-20',
        reason: 'Por falta de pago de dos periodos',
        document: 'OT-2026-000077',
      }),
    );
    const buyer = (
      office.sqlite.prepare("SELECT owner_party_id AS id FROM subscribers WHERE code = '100002'").get() as { id: number }
    ).id;
    ok(
      office.call(supervisor, 'padron.changeOwner', {
        code: '100001',
        partyId: buyer,
        effectiveOn: '2026-11-21',
        documents: ['Escritura pública 1234 de 2026', 'Cédula'],
      }),
    );
    ok(
      office.call(supervisor, 'padron.update', {
        code: '100001',
        address: 'Calle 5 # 21-63',
        neighborhood: 'Centro',
        ...place(office),
        landUse: 'RESIDENCIAL',
        stratum: 3,
        aqueduct: true,
        sewer: true,
        waste: true,
        hasMeter: false,
        meterSerial: '',
        meterBrand: '',
      }),
    );
    const view = ok(office.call(asesor, 'subscribers.view', { code: '100001' }));
    const history = ok(office.call(asesor, 'padron.history', { code: '100001' }));
    expect(view.padronChanges).toBe(2);
    expect(view.padronChanges).toBe(history.edits.length + history.statuses.length);
    expect(view.ownerHistory.at(-1)).toMatchObject({
      since: '2026-11-21',
      until: null,
      reason: 'Cambio de titular',
      documents: ['Escritura pública 1234 de 2026', 'Cédula'],
    });
    expect(view.ownerHistory[0]?.documents).toEqual([]);
  });
});
