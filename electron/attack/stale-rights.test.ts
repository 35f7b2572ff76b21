import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AttackOffice, attackOffice, data, refusal } from './attack.test-support';

/**
 * Item 2: rights were held in one process's memory. A user demoted or deactivated on one
 * puesto kept ADMIN on another and created a new ADMIN there; sessions survived the user's
 * own password change and an admin's reset.
 */
describe('attack: stale rights between two puestos on one database', () => {
  let office: AttackOffice;
  beforeEach(async () => {
    office = await attackOffice();
  });
  afterEach(() => office.close());

  /** A second administrator, logged in on puesto B. */
  async function secondAdmin() {
    const admin = await office.a.login('admin');
    const created = data<{ id: number }>(
      await office.a.call(admin, 'users.create', {
        username: 'admin2',
        fullName: 'Ruth Mery Losada',
        documentNumber: '40777111',
        role: 'ADMIN',
        password: 'Caguan-Sur-8431',
      }),
    );
    const first = await office.b.login('admin2', 'Caguan-Sur-8431');
    data(await office.b.call(first, 'auth.changePassword', { current: 'Caguan-Sur-8431', next: 'Rio-Orteguaza-77' }));
    return { admin, id: created.id, session: first };
  }

  const newAdmin = (username: string) => ({
    username,
    fullName: 'Usuario Intruso',
    documentNumber: '1',
    role: 'ADMIN',
    password: 'Caqueta-Brisa-52',
  });

  it('demoted on puesto A, the user can no longer create an ADMIN on puesto B, and is told why', async () => {
    const { admin, id, session } = await secondAdmin();
    data(await office.a.call(admin, 'users.setRole', { userId: id, role: 'ASESOR' }));
    const refused = refusal(await office.b.call(session, 'users.create', newAdmin('intruso')));
    expect(refused).toEqual({
      code: 'SESSION_REQUIRED',
      message: 'Un administrador cambió su rol. Ingrese de nuevo para trabajar con el rol nuevo.',
    });
    expect(office.a.core.sqlite.prepare("SELECT count(*) AS n FROM users WHERE username = 'intruso'").get()).toEqual({ n: 0 });
  });

  it('deactivated on puesto A, the session on puesto B ends at its next call', async () => {
    const { admin, id, session } = await secondAdmin();
    data(await office.a.call(admin, 'users.setActive', { userId: id, active: false }));
    expect(refusal(await office.b.call(session, 'users.list', {}))).toMatchObject({
      code: 'SESSION_REQUIRED',
      message: 'Su usuario fue desactivado. Consulte con el administrador.',
    });
    expect(refusal(await office.b.call(session, 'users.create', newAdmin('intruso2'))).code).toBe('SESSION_REQUIRED');
  });

  it("the user's own password change ends their other sessions, not the one that changed it", async () => {
    const elsewhere = await office.a.login('cajero');
    const here = await office.b.login('cajero');
    data(await office.b.call(here, 'auth.changePassword', { current: 'Cajero2026', next: 'Hoja-Seca-Pitalito9' }));
    expect(refusal(await office.a.call(elsewhere, 'cash.current', {}))).toMatchObject({
      code: 'SESSION_REQUIRED',
      message: 'Su contraseña se cambió en otra sesión. Ingrese con la contraseña nueva.',
    });
    expect(data(await office.b.call(here, 'cash.current', {}))).toBeTruthy();
  });

  it("an admin's password reset ends every session of the user", async () => {
    const admin = await office.a.login('admin');
    const cajero = await office.b.login('cajero');
    const { id } = office.a.core.sqlite.prepare("SELECT id FROM users WHERE username = 'cajero'").get() as { id: number };
    data(await office.a.call(admin, 'users.resetPassword', { userId: id, password: 'Madrugada-Caja-31' }));
    expect(refusal(await office.b.call(cajero, 'cash.current', {}))).toMatchObject({
      code: 'SESSION_REQUIRED',
      message: 'Un administrador restableció su contraseña. Ingrese con la contraseña que le entregó.',
    });
  });

  it('a logged-out session is refused on every puesto', async () => {
    const session = await office.a.login('asesor');
    data(await office.a.call(session, 'auth.logout', {}));
    expect(refusal(await office.b.call(session, 'subscribers.byCode', { code: '100001' })).code).toBe('SESSION_REQUIRED');
  });

  it('the token is never stored: the sessions table holds only its hash', async () => {
    const session = await office.a.login('asesor');
    const rows = JSON.stringify(office.a.core.sqlite.prepare('SELECT * FROM user_sessions').all());
    expect(rows).not.toContain(session);
  });
});
