import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { MINUTE_MS } from '../clock';

const WRONG = 'Usuario o contraseña incorrectos';

describe('auth.login', () => {
  it('opens a session with the modules of the role', () => {
    const office = testOffice();
    const info = ok(office.call(null, 'auth.login', { username: 'asesor', password: 'Asesor2026' }));
    expect(info.user.fullName).toBe('Luz Dary Plaza');
    expect(info.modules).toEqual(['SUSCRIPTOR', 'RECAUDO', 'PQR']);
    expect(info.workstation).toBe('VENTANILLA-01');
    expect(info.today).toBe('2026-11-23');
    expect(info.idleLockMinutes).toBe(10);
  });

  it('says the same for a wrong password and an unknown user', () => {
    const office = testOffice();
    const wrong = failure(office.call(null, 'auth.login', { username: 'asesor', password: 'otra-cosa' }));
    const unknown = failure(office.call(null, 'auth.login', { username: 'nadie', password: 'Asesor2026' }));
    expect(wrong).toEqual({ code: 'AUTH_FAILED', message: WRONG });
    expect(unknown).toEqual({ code: 'AUTH_FAILED', message: WRONG });
  });

  it('locks the user for 15 minutes after 5 failures, even with the right password', () => {
    const office = testOffice();
    for (let i = 0; i < 4; i++) {
      expect(failure(office.call(null, 'auth.login', { username: 'cajero', password: 'mala' })).message).toBe(WRONG);
    }
    failure(office.call(null, 'auth.login', { username: 'cajero', password: 'mala' }));
    const locked = failure(office.call(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' }));
    expect(locked.code).toBe('ACCOUNT_LOCKED');
    expect(locked.message).toContain('15 min');
    office.clock.advance(14 * MINUTE_MS);
    expect(failure(office.call(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' })).code).toBe('ACCOUNT_LOCKED');
    office.clock.advance(2 * MINUTE_MS);
    ok(office.call(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' }));
  });

  it('forgets earlier failures after a good login', () => {
    const office = testOffice();
    for (let i = 0; i < 4; i++) failure(office.call(null, 'auth.login', { username: 'cajero', password: 'mala' }));
    office.login('cajero');
    for (let i = 0; i < 4; i++) failure(office.call(null, 'auth.login', { username: 'cajero', password: 'mala' }));
    office.login('cajero');
  });

  it('never stores or audits a password in clear', () => {
    const office = testOffice();
    const admin = office.login('admin');
    ok(
      office.call(admin, 'users.create', {
        username: 'nuevo',
        fullName: 'Nuevo Asesor',
        documentNumber: '1117000111',
        role: 'ASESOR',
        password: 'Caguan-Sur-8431',
      }),
    );
    failure(office.call(null, 'auth.login', { username: 'admin', password: 'Caguan-Sur-8431' }));
    const { h } = office.sqlite.prepare("SELECT password_hash AS h FROM users WHERE username = 'nuevo'").get() as { h: string };
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    const audit = JSON.stringify(office.sqlite.prepare('SELECT * FROM audit').all());
    expect(audit).not.toContain('Admin2026');
    expect(audit).not.toContain('Caguan-Sur-8431');
  });
});

describe('idle lock', () => {
  it('locks a session idle for 10 minutes and unlocks it with the password', () => {
    const office = testOffice();
    const session = office.login('asesor');
    office.clock.advance(9 * MINUTE_MS);
    ok(office.call(session, 'subscribers.byCode', { code: '100001' }));
    office.clock.advance(10 * MINUTE_MS + 1);
    expect(failure(office.call(session, 'subscribers.byCode', { code: '100001' })).code).toBe('SESSION_LOCKED');
    expect(failure(office.call(session, 'auth.unlock', { password: 'mala' })).message).toBe(WRONG);
    ok(office.call(session, 'auth.unlock', { password: 'Asesor2026' }));
    ok(office.call(session, 'subscribers.byCode', { code: '100001' }));
  });

  it('reads the idle minutes from the settings', () => {
    const office = testOffice();
    office.sqlite
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('security.idleLockMinutes', '2', ?)")
      .run(new Date().toISOString());
    const session = office.login('asesor');
    office.clock.advance(3 * MINUTE_MS);
    expect(failure(office.call(session, 'auth.session', {})).code).toBe('SESSION_LOCKED');
  });

  it('ends the session on logout', () => {
    const office = testOffice();
    const session = office.login('asesor');
    ok(office.call(session, 'auth.logout', {}));
    expect(failure(office.call(session, 'auth.session', {})).code).toBe('SESSION_REQUIRED');
  });
});

describe('first administrator of an empty office', () => {
  it('must change the password before anything else', () => {
    const office = testOffice({ kind: 'empty' });
    const info = ok(office.call(null, 'auth.login', { username: 'admin', password: 'Ventanilla2026' }));
    expect(info.mustChangePassword).toBe(true);
    expect(failure(office.call(info.sessionId, 'users.list', {})).message).toBe('Debe cambiar su contraseña antes de continuar.');
    const same = failure(
      office.call(info.sessionId, 'auth.changePassword', { current: 'Ventanilla2026', next: 'Ventanilla2026' }),
    );
    expect(same.issues?.[0]?.field).toBe('next');
    const weak = failure(office.call(info.sessionId, 'auth.changePassword', { current: 'Ventanilla2026', next: 'corta' }));
    expect(weak.code).toBe('VALIDATION');
    const changed = ok(office.call(info.sessionId, 'auth.changePassword', { current: 'Ventanilla2026', next: 'Florencia-2027' }));
    expect(changed.mustChangePassword).toBe(false);
    expect(ok(office.call(info.sessionId, 'users.list', {}))).toHaveLength(1);
    ok(office.call(null, 'auth.login', { username: 'admin', password: 'Florencia-2027' }));
    expect(office.count('subscribers')).toBe(0);
  });
});
