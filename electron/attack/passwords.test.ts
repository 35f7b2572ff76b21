import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AttackOffice, attackOffice, data, refusal } from './attack.test-support';

/** Item 3: weak passwords were accepted, the README's factory password among them. */
describe('attack: weak passwords', () => {
  let office: AttackOffice;
  beforeEach(async () => {
    office = await attackOffice();
  });
  afterEach(() => office.close());

  const WEAK = [
    'aaaaaaa1',
    'password1',
    '12345678a',
    'dvargas-2027!',
    'Dora-Ines-1990',
    'Ventanilla2026',
    'password1234',
    'qwertyuiop12',
  ];

  it.each(WEAK)('%s is refused on the password field and no user is created', async (password) => {
    const admin = await office.a.login('admin');
    const refused = refusal(
      await office.a.call(admin, 'users.create', {
        username: 'dvargas',
        fullName: 'Dora Inés Vargas',
        documentNumber: '40123456',
        role: 'CAJERO',
        password,
      }),
    );
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues?.[0]?.field).toBe('password');
    expect(office.a.core.sqlite.prepare("SELECT count(*) AS n FROM users WHERE username = 'dvargas'").get()).toEqual({ n: 0 });
  });

  it('the factory password can never be chosen again, by a reset or by the user', async () => {
    const admin = await office.a.login('admin');
    const { id } = office.a.core.sqlite.prepare("SELECT id FROM users WHERE username = 'cajero'").get() as { id: number };
    expect(refusal(await office.a.call(admin, 'users.resetPassword', { userId: id, password: 'Ventanilla2026' })).message).toBe(
      'Contraseña: es la contraseña de fábrica; elija otra',
    );
    const cajero = await office.b.login('cajero');
    const own = refusal(await office.b.call(cajero, 'auth.changePassword', { current: 'Cajero2026', next: 'Ventanilla2026' }));
    expect(own.issues).toEqual([{ field: 'next', message: 'Contraseña: es la contraseña de fábrica; elija otra' }]);
    // A strong one goes through.
    data(await office.b.call(cajero, 'auth.changePassword', { current: 'Cajero2026', next: 'Hoja-Seca-Pitalito9' }));
  });
});
