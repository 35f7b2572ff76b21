import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AttackOffice, attackOffice, data, refusal } from './attack.test-support';

/**
 * Item 9: failed logins of unknown or inactive users and attempts on locked accounts left no
 * audit row; products.setPrice was audited without the old price; prices, number series and
 * users could be rewritten or deleted in the database.
 */
describe('attack: gaps in the audit trail', () => {
  let office: AttackOffice;
  beforeEach(async () => {
    office = await attackOffice();
  });
  afterEach(() => office.close());

  const sql = () => office.a.core.sqlite;
  const loginAudits = () =>
    (sql().prepare("SELECT after FROM audit WHERE procedure = 'auth.login' ORDER BY id").all() as { after: string }[]).map(
      (r) => JSON.parse(r.after) as { login: string; username: string; result?: string },
    );

  it('records every failed login: unknown user, inactive user, locked account, wrong password', async () => {
    const admin = await office.a.login('admin');
    const { id } = sql().prepare("SELECT id FROM users WHERE username = 'almacen'").get() as { id: number };
    data(await office.a.call(admin, 'users.setActive', { userId: id, active: false }));
    refusal(await office.b.call(null, 'auth.login', { username: 'nadie', password: 'Cualquiera-1' }));
    refusal(await office.b.call(null, 'auth.login', { username: 'almacen', password: 'Almacen2026' }));
    for (let i = 0; i < 5; i++) refusal(await office.b.call(null, 'auth.login', { username: 'cajero', password: `mala-${i}` }));
    expect(refusal(await office.b.call(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' })).code).toBe(
      'ACCOUNT_LOCKED',
    );
    const failed = loginAudits().filter((a) => a.login === 'FALLIDO');
    expect(failed.map((a) => `${a.username} ${a.result}`)).toEqual([
      'nadie USUARIO_DESCONOCIDO',
      'almacen USUARIO_INACTIVO',
      ...Array.from({ length: 5 }, () => 'cajero CONTRASEÑA_ERRADA'),
      'cajero USUARIO_BLOQUEADO',
    ]);
    expect(JSON.stringify(loginAudits())).not.toMatch(/mala-|Cualquiera-1|Almacen2026|Cajero2026/);
  });

  it('a new price is audited with the price it replaces', async () => {
    const admin = await office.a.login('admin');
    const product = sql().prepare("SELECT id FROM products WHERE name = 'CORTE'").get() as { id: number };
    const old = sql()
      .prepare(
        "SELECT price FROM product_prices WHERE product_id = ? AND valid_from <= '2027-01-01' ORDER BY valid_from DESC, id DESC",
      )
      .get(product.id) as { price: number };
    data(
      await office.a.call(admin, 'products.setPrice', {
        productId: product.id,
        price: old.price + 5_000,
        validFrom: '2027-01-01',
      }),
    );
    const row = sql().prepare("SELECT before, after FROM audit WHERE procedure = 'products.setPrice'").get() as {
      before: string;
      after: string;
    };
    expect(JSON.parse(row.before)).toMatchObject({ price: old.price });
    expect(JSON.parse(row.after)).toEqual({ price: old.price + 5_000, validFrom: '2027-01-01' });
  });

  it('a setting changed on a screen is audited with its old and new value', async () => {
    const admin = await office.a.login('admin');
    data(await office.a.call(admin, 'calendar.setCountry', { country: 'MX' }));
    const row = sql()
      .prepare("SELECT record_id AS id, before, after FROM audit WHERE procedure = 'calendar.setCountry'")
      .get() as {
      id: string;
      before: string;
      after: string;
    };
    expect([row.id, JSON.parse(row.before), JSON.parse(row.after)]).toEqual(['calendar.country', 'CO', 'MX']);
  });

  it('the database itself refuses to rewrite a price, move a number series back or delete a user', () => {
    expect(() => sql().prepare('UPDATE product_prices SET price = 1').run()).toThrow('product_prices es inmutable');
    expect(() => sql().prepare('DELETE FROM product_prices').run()).toThrow('product_prices no se borra');
    sql().prepare("INSERT INTO sequences (series, year, last_value) VALUES ('PRUEBA', 2026, 7)").run();
    expect(() => sql().prepare("UPDATE sequences SET last_value = 3 WHERE series = 'PRUEBA'").run()).toThrow(
      'sequences solo aumenta',
    );
    expect(() => sql().prepare("DELETE FROM sequences WHERE series = 'PRUEBA'").run()).toThrow('sequences no se borra');
    sql().prepare("UPDATE sequences SET last_value = 8 WHERE series = 'PRUEBA'").run();
    expect(() => sql().prepare("DELETE FROM users WHERE username = 'asesor2'").run()).toThrow('users no se borra');
  });
});
