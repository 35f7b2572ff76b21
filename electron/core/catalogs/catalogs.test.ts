import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { causeId, filePqr } from '../pqr/pqr.fixtures';

describe('ADMINISTRACIÓN → Catálogos', () => {
  it('creates a zona and its ruta; a ruta of an inactive or unknown zona is refused on its field', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const zone = ok(office.call(admin, 'zones.create', { name: 'el paujil', municipality: 'El Paujil' }));
    expect(zone).toMatchObject({ name: 'EL PAUJIL', active: true });
    const route = ok(office.call(admin, 'routes.create', { zoneId: zone.id, code: '07-001', name: 'Centro' }));
    expect(route).toMatchObject({ zone: 'EL PAUJIL', code: '07-001', name: 'CENTRO' });
    expect(failure(office.call(admin, 'routes.create', { zoneId: 999, code: '07-002', name: 'Norte' })).issues).toEqual([
      { field: 'zoneId', message: 'Zona: elija una de la lista' },
    ]);
    const closed = ok(office.call(admin, 'zones.create', { name: 'Milán', municipality: 'Milán' }));
    ok(office.call(admin, 'zones.setActive', { id: closed.id, active: false }));
    expect(failure(office.call(admin, 'routes.create', { zoneId: closed.id, code: '08-001', name: 'Sur' })).issues).toEqual([
      { field: 'zoneId', message: 'Zona: está inactiva; actívela o elija otra' },
    ]);
    expect(failure(office.call(admin, 'routes.create', { zoneId: zone.id, code: '07-001', name: 'Otra' })).issues?.[0]).toEqual({
      field: 'code',
      message: 'Código: ya existe la ruta 07-001',
    });
  });

  it('never deactivates what open records use, and says what; a rename keeps the old name in the history', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const florencia = ok(office.call(admin, 'zones.list', { q: 'florencia' }))[0]!;
    const refused = failure(office.call(admin, 'zones.setActive', { id: florencia.id, active: false }));
    expect(refused).toMatchObject({
      code: 'RULE',
      message: expect.stringMatching(/^No se puede desactivar la zona FLORENCIA: tiene \d+ rutas activas/),
    });
    filePqr(office, office.login('asesor'));
    const cause = causeId(office, 'ALTO CONSUMO');
    expect(failure(office.call(admin, 'causes.setActive', { id: cause, active: false })).message).toMatch(
      /1 trámite abierto lo usa/,
    );

    const channel = ok(office.call(admin, 'channels.list', { q: 'telefonico' }))[0]!;
    ok(office.call(admin, 'channels.update', { id: channel.id, name: 'Llamada' }));
    const history = office.sqlite
      .prepare("SELECT before, after FROM audit WHERE record_type = 'channel' AND record_id = ?")
      .all(String(channel.id)) as { before: string; after: string }[];
    expect(history.map((h) => [JSON.parse(h.before).name, JSON.parse(h.after).name])).toEqual([['TELEFÓNICO', 'LLAMADA']]);
    expect(() => office.sqlite.prepare('DELETE FROM channels WHERE id = ?').run(channel.id)).toThrow('channels no se borra');
  });

  it('searches without accents or case', () => {
    const office = testOffice();
    const admin = office.login('admin');
    expect(ok(office.call(admin, 'causes.list', { q: 'reconexion' })).map((c) => c.name)).toEqual(['RECONEXIÓN DEL SERVICIO']);
    expect(ok(office.call(admin, 'requestTypes.list', { q: 'PETICION' })).map((t) => t.name)).toEqual([
      'PETICIÓN',
      'PETICIÓN INTERNA',
    ]);
  });

  it('a causal must make one flow: restoring the service needs the report that closes it; days or hours, not both', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const base = {
      service: 'ACUEDUCTO' as const,
      name: 'REINSTALACIÓN',
      suiGroup: 'P' as const,
      suiCode: '203',
      gateProductCode: 'rec',
      needsAppointment: false,
      requiresFieldReport: true,
      closesWithReport: true,
      restoresService: true,
      assignedBy: 'SUPERVISOR' as const,
      termDays: null,
      termHours: 24,
    };
    expect(failure(office.call(admin, 'causes.create', { ...base, requiresFieldReport: false })).issues?.[0]?.field).toBe(
      'requiresFieldReport',
    );
    expect(failure(office.call(admin, 'causes.create', { ...base, termDays: 5 })).issues?.[0]?.field).toBe('termHours');
    expect(failure(office.call(admin, 'causes.create', { ...base, gateProductCode: 'XYZ' })).issues?.[0]).toEqual({
      field: 'gateProductCode',
      message: 'Producto que se debe pagar: no existe el producto XYZ',
    });
    expect(ok(office.call(admin, 'causes.create', base))).toMatchObject({ gateProductCode: 'REC', termHours: 24 });
  });

  it('requirements belong to a tipo, a causal or both; the same one twice is refused even with no tipo', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const cause = causeId(office, 'CAMBIO DE NOMBRE');
    const requirement = {
      requestTypeId: null,
      causeId: cause,
      applicantKind: 'TITULAR' as const,
      name: 'Escritura pública',
      required: true,
    };
    ok(office.call(admin, 'requirements.create', requirement));
    expect(failure(office.call(admin, 'requirements.create', requirement)).issues?.[0]?.field).toBe('name');
    expect(failure(office.call(admin, 'requirements.create', { ...requirement, causeId: null })).issues?.[0]?.field).toBe(
      'causeId',
    );
  });

  it('a service is renamed, and deactivated only when no subscriber has it', () => {
    const office = testOffice();
    const admin = office.login('admin');
    expect(ok(office.call(admin, 'services.update', { id: 'ASEO', name: 'Aseo urbano' })).name).toBe('ASEO URBANO');
    expect(failure(office.call(admin, 'services.setActive', { id: 'ASEO', active: false })).message).toMatch(
      /suscriptores lo tienen/,
    );
  });

  it('only the administrator keeps the catalogs', () => {
    const office = testOffice();
    expect(failure(office.call(office.login('asesor'), 'zones.create', { name: 'X', municipality: 'Y' })).code).toBe('FORBIDDEN');
  });
});
