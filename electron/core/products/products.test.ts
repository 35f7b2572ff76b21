import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';

describe('ADMINISTRACIÓN → Productos', () => {
  it('lists the catalog with today’s price for the counter', () => {
    const office = testOffice();
    const products = ok(office.call(office.login('asesor'), 'products.list', {}));
    expect(products.find((p) => p.name === 'RECONEXIÓN DEL SERVICIO')).toMatchObject({
      code: 'REC',
      category: 'CARGO',
      price: 52_300,
      nextPrice: null,
    });
  });

  it('creates a product and refuses a repeated code, a zero price or a bad category', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const created = ok(
      office.call(admin, 'products.create', {
        code: 'rev',
        name: 'Revisión interna',
        category: 'COMPLEMENTARIO',
        taxable: false,
        price: 45_000,
      }),
    );
    expect(created).toMatchObject({ code: 'REV', name: 'REVISIÓN INTERNA', price: 45_000, priceFrom: '2026-11-23' });
    expect(
      failure(office.call(admin, 'products.create', { code: 'REV', name: 'Otra', category: 'CARGO', taxable: false, price: 1 }))
        .code,
    ).toBe('CONFLICT');
    expect(
      failure(office.call(admin, 'products.create', { code: 'ZZ', name: 'Gratis', category: 'CARGO', taxable: false, price: 0 }))
        .message,
    ).toBe('Precio: debe ser mayor que cero');
    expect(
      failure(
        office.call(admin, 'products.create', { code: 'ZZ', name: 'X', category: 'REGALO' as never, taxable: false, price: 5 }),
      ).message,
    ).toBe('Categoría: elija una de la lista');
    expect(
      failure(
        office.call(office.login('asesor'), 'products.create', {
          code: 'ZZ',
          name: 'X',
          category: 'CARGO',
          taxable: false,
          price: 5,
        }),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('applies a future price from its date and keeps the history', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const corte = ok(office.call(admin, 'products.list', {})).find((p) => p.code === 'COR')!;
    const scheduled = ok(
      office.call(admin, 'products.setPrice', { productId: corte.id, price: 41_000, validFrom: '2027-01-01' }),
    );
    expect(scheduled).toMatchObject({ price: 38_500, nextPrice: { price: 41_000, validFrom: '2027-01-01' } });
    office.clock.set('2027-01-02T15:00:00Z');
    const admin2 = office.login('admin');
    expect(ok(office.call(admin2, 'products.list', {})).find((p) => p.code === 'COR')!.price).toBe(41_000);
    expect(ok(office.call(admin2, 'products.prices', { productId: corte.id })).map((p) => p.price)).toEqual([41_000, 38_500]);
  });

  it('hides an inactive product from the counter and refuses it on a factura', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const sus = ok(office.call(admin, 'products.list', {})).find((p) => p.code === 'SUS')!;
    ok(
      office.call(admin, 'products.update', {
        id: sus.id,
        name: sus.name,
        category: sus.category,
        taxable: sus.taxable,
        active: false,
      }),
    );
    const asesor = office.login('asesor');
    expect(ok(office.call(asesor, 'products.list', {})).some((p) => p.code === 'SUS')).toBe(false);
    const party = office.sqlite.prepare("SELECT owner_party_id AS id FROM subscribers WHERE code = '100002'").get() as {
      id: number;
    };
    const error = failure(
      office.call(asesor, 'invoices.create', {
        requestKey: 'inactivo-01',
        paymentForm: 'CONTADO',
        subscriberCode: '100002',
        partyId: party.id,
        lines: [{ productId: sus.id, quantity: 1 }],
        observation: 'x',
      }),
    );
    expect(error.issues?.[0]).toEqual({ field: 'lines.0.productId', message: 'Producto: SUSPENSIÓN está inactivo' });
  });
});
