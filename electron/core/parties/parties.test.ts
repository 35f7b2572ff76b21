import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { nitCheckDigit, normalizeDocument } from './documents';

const MARIA = {
  documentType: 'CC',
  documentNumber: '1.117.888.999',
  names: 'María José',
  surnames: 'Núñez Peña',
  mobile: '3124567890',
  email: 'mjnunez@correo.com',
  address: 'Calle 12 # 8-40 Barrio Juan XXIII',
  emailConsent: true,
  emailConsentDate: '2026-11-23',
} as const;

describe('document numbers', () => {
  it('computes the DIAN check digit of a NIT', () => {
    expect(nitCheckDigit('891180084')).toBe(2);
    expect(nitCheckDigit('900123456')).toBe(8);
    expect(normalizeDocument('NIT', '891.180.084-2')).toEqual({ value: '891180084-2' });
    expect(normalizeDocument('NIT', '891180084-3')).toEqual({ error: 'NIT: el dígito de verificación no corresponde' });
  });

  it('accepts a cédula with dots and spaces and refuses letters', () => {
    expect(normalizeDocument('CC', ' 40.781.235 ')).toEqual({ value: '40781235' });
    expect('error' in normalizeDocument('CC', '40A81235')).toBe(true);
  });
});

describe('Terceros', () => {
  it('adds a tercero and finds it by document number and by name without accents', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const created = ok(office.call(asesor, 'parties.create', MARIA));
    expect(created).toMatchObject({ documentNumber: '1117888999', fullName: 'María José Núñez Peña', emailConsent: true });
    expect(ok(office.call(asesor, 'parties.byDocument', { documentNumber: '1117888999' }))).toEqual([created]);
    expect(ok(office.call(asesor, 'parties.search', { q: 'maria nunez' })).map((p) => p.id)).toContain(created.id);
  });

  it('refuses a document already registered, with the field to fix', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    ok(office.call(asesor, 'parties.create', MARIA));
    const before = office.count('parties');
    const error = failure(office.call(asesor, 'parties.create', { ...MARIA, names: 'Otra' }));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Ya existe un tercero con CC 1117888999.' });
    expect(error.issues?.[0]?.field).toBe('documentNumber');
    expect(office.count('parties')).toBe(before);
  });

  it('says what to fix in each field', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const error = failure(
      office.call(asesor, 'parties.create', {
        ...MARIA,
        documentNumber: '12AB',
        mobile: '312',
        email: 'no-es-correo',
        surnames: '',
      }),
    );
    const byField = Object.fromEntries((error.issues ?? []).map((i) => [i.field, i.message]));
    expect(byField.mobile).toBe('Celular: 10 dígitos, sin espacios');
    expect(byField.email).toBe('Correo: no es una dirección válida');
    expect(byField.documentNumber).toBe('Cédula de ciudadanía: de 5 a 10 dígitos, sin letras');
    expect(byField.surnames).toBe('Apellidos: es obligatorio');
  });

  it('asks for an e-mail when the notification consent is given', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const error = failure(office.call(asesor, 'parties.create', { ...MARIA, email: '' }));
    expect(error.issues?.[0]).toEqual({
      field: 'email',
      message: 'Correo: es obligatorio cuando autoriza la notificación por correo electrónico',
    });
  });

  it('updates a tercero and the padrón search follows the new name', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const owner = office.sqlite.prepare('SELECT owner_party_id AS id FROM subscribers WHERE code = ?').get('100001') as {
      id: number;
    };
    const current = office.sqlite
      .prepare('SELECT document_type AS t, document_number AS n FROM parties WHERE id = ?')
      .get(owner.id) as { t: 'CC' | 'NIT'; n: string };
    const updated = ok(
      office.call(asesor, 'parties.update', {
        id: owner.id,
        party: {
          documentType: current.t,
          documentNumber: current.n,
          names: 'Zoraida',
          surnames: 'Quintrilla Ñañez',
          mobile: '',
          email: '',
          address: '',
        },
      }),
    );
    expect(updated.fullName).toBe('Zoraida Quintrilla Ñañez');
    const found = ok(office.call(asesor, 'subscribers.search', { q: 'quintrilla nanez' }));
    expect(found.map((s) => s.code)).toEqual(['100001']);
  });

  it('in an empty office the administrator adds the titular of the first matrícula as a new tercero', () => {
    const office = testOffice({ kind: 'empty' });
    const first = ok(office.call(null, 'auth.login', { username: 'admin', password: 'Ventanilla2026' }));
    ok(office.call(first.sessionId, 'auth.changePassword', { current: 'Ventanilla2026', next: 'Caguan-Lluvia-508' }));
    const admin = first.sessionId;
    expect(ok(office.call(admin, 'parties.byDocument', { documentNumber: '1117888999' }))).toEqual([]);
    const titular = ok(office.call(admin, 'parties.create', MARIA));
    expect(ok(office.call(admin, 'parties.byDocument', { documentNumber: MARIA.documentNumber })).map((p) => p.id)).toEqual([
      titular.id,
    ]);
    // The Terceros screen (search by name) stays the counter's.
    expect(failure(office.call(admin, 'parties.search', { q: 'maria nunez' })).code).toBe('FORBIDDEN');
    const zone = ok(office.call(admin, 'zones.create', { name: 'El Porvenir', municipality: 'Morelia' }));
    const route = ok(office.call(admin, 'routes.create', { zoneId: zone.id, code: '21-001', name: 'Centro' }));
    const registered = ok(
      office.call(admin, 'padron.register', {
        requestKey: 'primera-matricula',
        code: '500001',
        ownerPartyId: titular.id,
        address: 'Carrera 3 # 5-18',
        neighborhood: 'El Jardín',
        zoneId: zone.id,
        routeId: route.id,
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
    expect(registered).toMatchObject({ code: '500001', ownerName: 'María José Núñez Peña', status: 'ACTIVO' });
  });

  it('the cashier, whose desk has no tercero lookup, is refused it', () => {
    const office = testOffice();
    const refused = failure(office.call(office.login('cajero'), 'parties.byDocument', { documentNumber: '1117888999' }));
    expect(refused.code).toBe('FORBIDDEN');
  });
});
