import { describe, expect, it } from 'vitest';
import { ok, testOffice } from '../../../db/testing';
import { EXAMPLES } from '../contract/examples';
import { getSetting, setSetting } from '../settings/settings';
import { officeFormat, textFor } from './office-format';

const MEXICO = { ...EXAMPLES['company.update'], currency: 'MXN', locale: 'es-MX' } as const;

describe('the office every date and amount is written for', () => {
  it('reaches the window with the session: the office’s zone, the company’s locale and currency, as an admin changes them', () => {
    const office = testOffice();
    const admin = office.login('admin');
    expect(ok(office.call(admin, 'auth.session', {})).office).toEqual({
      timeZone: 'America/Bogota',
      locale: 'es-CO',
      currency: 'COP',
    });
    ok(office.call(admin, 'company.update', MEXICO));
    const asesor = ok(office.call(null, 'auth.login', { username: 'asesor', password: 'Asesor2026' }));
    expect(asesor.office).toEqual({ timeZone: 'America/Bogota', locale: 'es-MX', currency: 'MXN' });
    expect(ok(office.call(admin, 'auth.session', {})).office.locale).toBe('es-MX');
  });

  it('has its own day: at 21:57 in Bogotá, when UTC is already tomorrow, the session’s today is still today', () => {
    const office = testOffice();
    office.clock.set('2026-11-25T02:57:00Z');
    expect(ok(office.call(null, 'auth.login', { username: 'asesor', password: 'Asesor2026' })).today).toBe('2026-11-24');
    office.clock.set('2026-11-25T05:00:00Z');
    expect(ok(office.call(null, 'auth.login', { username: 'asesor', password: 'Asesor2026' })).today).toBe('2026-11-25');
  });

  it('never stores a time zone Intl does not know, and reads a bad stored one as the default', () => {
    const office = testOffice();
    expect(() => setSetting(office.db, 'office.timeZone', 'America/Florencia', office.clock.now())).toThrow(
      /Zona horaria: no existe/,
    );
    expect(getSetting(office.db, 'office.timeZone')).toBe('America/Bogota');
    office.sqlite.prepare("UPDATE settings SET value = '\"Marte/Olimpo\"' WHERE key = 'office.timeZone'").run();
    expect(officeFormat(office.db).timeZone).toBe('America/Bogota');
  });
});

describe('the core’s words for dates and amounts', () => {
  it('writes them as the company’s locale does, amounts from minor units', () => {
    const co = textFor({ locale: 'es-CO', currency: 'COP' });
    expect(co.money(1_234_500)).toBe('$\u00a01.234.500');
    expect(co.date('2026-11-24')).toBe('24/11/2026');
    expect(co.longDate('2026-11-24')).toBe('24 de noviembre de 2026');
    expect(co.day('2026-11-24')).toBe('martes 24/11/2026');
    expect(co.number(1.55, 1)).toBe('1,6');
    const mx = textFor({ locale: 'es-MX', currency: 'MXN' });
    expect(mx.money(123_450)).toBe('$1,234.50');
    expect(mx.number(1234.5, 1)).toBe('1,234.5');
    expect(mx.day('2026-11-24')).toBe('martes 24/11/2026');
  });

  it('never moves a civil date, whatever the computer’s zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
        process.env.TZ = tz;
        expect(textFor({ locale: 'es-CO', currency: 'COP' }).day('2026-12-31')).toBe('jueves 31/12/2026');
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});
