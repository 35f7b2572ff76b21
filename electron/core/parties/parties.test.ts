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
});
