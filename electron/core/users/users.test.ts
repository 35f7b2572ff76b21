import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { officeUntouched } from './users.service';

const NEW_USER = {
  username: 'jtorres',
  fullName: 'Jhon Fredy Torres',
  documentNumber: '1117554433',
  role: 'ASESOR',
  password: 'Florencia-2027',
} as const;

describe('ADMINISTRACIÓN → Usuarios', () => {
  it('creates a user who must change the password on the first login', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const user = ok(office.call(admin, 'users.create', NEW_USER));
    expect(user).toMatchObject({ username: 'jtorres', role: 'ASESOR', active: true, lockedUntil: null });
    expect(ok(office.call(admin, 'users.list', {})).map((u) => u.username)).toContain('jtorres');
    const info = ok(office.call(null, 'auth.login', { username: 'jtorres', password: 'Florencia-2027' }));
    expect(info.mustChangePassword).toBe(true);
  });

  it('refuses a repeated username', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const error = failure(office.call(admin, 'users.create', { ...NEW_USER, username: 'asesor' }));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Ya existe el usuario «asesor».' });
  });

  it('deactivating a user ends their sessions and their logins', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const asesor = office.login('asesor');
    const id = ok(office.call(asesor, 'auth.session', {})).user.id;
    expect(ok(office.call(admin, 'users.setActive', { userId: id, active: false })).active).toBe(false);
    expect(failure(office.call(asesor, 'auth.session', {})).code).toBe('SESSION_REQUIRED');
    expect(failure(office.call(null, 'auth.login', { username: 'asesor', password: 'Asesor2026' })).code).toBe('AUTH_FAILED');
    ok(office.call(admin, 'users.setActive', { userId: id, active: true }));
    office.login('asesor');
  });

  it('keeps at least one active administrator and never deactivates oneself', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const me = ok(office.call(admin, 'auth.session', {})).user.id;
    expect(failure(office.call(admin, 'users.setActive', { userId: me, active: false })).message).toMatch(
      /su propio usuario|administrador activo/,
    );
    expect(failure(office.call(admin, 'users.setRole', { userId: me, role: 'ASESOR' })).message).toBe(
      'Debe quedar al menos un administrador activo.',
    );
  });

  it('resets a password, clears a lockout and asks for a new password', () => {
    const office = testOffice();
    const admin = office.login('admin');
    for (let i = 0; i < 5; i++) failure(office.call(null, 'auth.login', { username: 'cajero', password: 'mala' }));
    const locked = ok(office.call(admin, 'users.list', {})).find((u) => u.username === 'cajero')!;
    expect(locked.lockedUntil).not.toBeNull();
    const reset = ok(office.call(admin, 'users.resetPassword', { userId: locked.id, password: 'Temporal-2026' }));
    expect(reset.lockedUntil).toBeNull();
    expect(ok(office.call(null, 'auth.login', { username: 'cajero', password: 'Temporal-2026' })).mustChangePassword).toBe(true);
  });

  it('changes a role, and the new menus apply from the next login', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const id = ok(office.call(admin, 'users.list', {})).find((u) => u.username === 'asesor2')!.id;
    expect(ok(office.call(admin, 'users.setRole', { userId: id, role: 'CAJERO' })).role).toBe('CAJERO');
    expect(ok(office.call(null, 'auth.login', { username: 'asesor2', password: 'Asesor2026' })).modules).toEqual(['CAJA']);
  });

  it('refuses a user id that does not exist', () => {
    const office = testOffice();
    const admin = office.login('admin');
    expect(failure(office.call(admin, 'users.setRole', { userId: 9999, role: 'CAJERO' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'El usuario no existe.',
    });
  });

  it('an office is untouched until its first administrator logs in', () => {
    const empty = testOffice({ kind: 'empty' });
    expect(officeUntouched(empty.sqlite)).toBe(true);
    empty.call(null, 'auth.login', { username: 'admin', password: 'Ventanilla2026' });
    expect(officeUntouched(empty.sqlite)).toBe(false);
    expect(officeUntouched(testOffice().sqlite)).toBe(false);
  });
});
