import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { allocateOldestFirst } from './coupons.service';
import { couponFor, indebted, key, reconnectionFactura } from '../cash/cash.fixtures';

describe('RECAUDO → ABONO: payment coupons', () => {
  it('lists what is owed oldest first, with the factura it belongs to', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const invoice = reconnectionFactura(office, asesor);
    const owed = ok(office.call(asesor, 'coupons.owed', { code: '100004' }));
    const dates = owed.items.map((i) => i.entryDate);
    expect(dates).toEqual([...dates].sort());
    const item = owed.items.find((i) => i.reference === invoice.number)!;
    expect(item).toMatchObject({ source: 'INVOICE', outstanding: invoice.total, overdue: false });
    expect(owed.total).toBe(owed.items.reduce((t, i) => t + i.outstanding, 0));
  });

  it("orders by the charge's date, not its due date: yesterday's service bill comes before today's factura", () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    // A service bill issued yesterday with the usual 20 days to pay, then a factura with 10.
    const { id } = office.sqlite.prepare("SELECT id FROM subscribers WHERE code = '100004'").get() as { id: number };
    office.sqlite
      .prepare(
        `INSERT INTO ledger_entries (subscriber_id, entry_date, posted_at, kind, amount, concept, source_type, source_id, due_on)
         VALUES (?, '2026-11-22', '2026-11-22T12:00:00.000Z', 'CHARGE', 45300, 'Factura de servicios 2026-10', 'PERIODIC_BILL', 999999, '2026-12-12')`,
      )
      .run(id);
    const invoice = reconnectionFactura(office, asesor);
    const owed = ok(office.call(asesor, 'coupons.owed', { code: '100004' })).items;
    const bill = owed.findIndex((i) => i.concept === 'Factura de servicios 2026-10');
    const factura = owed.findIndex((i) => i.reference === invoice.number);
    expect(owed[factura]!.dueOn! < owed[bill]!.dueOn!).toBe(true);
    expect(bill).toBeLessThan(factura);
  });

  it('numbers a coupon for the chosen debts, valid for the configured days, without touching the ledger', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const invoice = reconnectionFactura(office, asesor);
    const ledger = office.count('ledger_entries');
    const coupon = couponFor(office, asesor, invoice.number);
    expect(coupon).toMatchObject({
      number: 'CUP-2026-000001',
      status: 'VIGENTE',
      total: invoice.total,
      validUntil: '2026-11-28',
    });
    expect(coupon.items).toHaveLength(1);
    expect(office.count('ledger_entries')).toBe(ledger);
  });

  it('spreads an abono over the chosen debts oldest first', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const [code] = indebted(office);
    const owed = ok(office.call(asesor, 'coupons.owed', { code: code! }));
    const [a, b] = owed.items;
    expect(a && b).toBeTruthy();
    const coupon = ok(
      office.call(asesor, 'coupons.create', {
        requestKey: key(),
        subscriberCode: code!,
        chargeIds: [b!.chargeId, a!.chargeId],
        amount: a!.outstanding + 1,
      }),
    );
    expect(coupon.items.map((i) => [i.chargeId, i.amount])).toEqual([
      [a!.chargeId, a!.outstanding],
      [b!.chargeId, 1],
    ]);
    expect(allocateOldestFirst([{ outstanding: 5 }, { outstanding: 5 }], 7).map((x) => x.amount)).toEqual([5, 2]);
  });

  it('refuses an abono of zero or above what is owed, and debts of another subscriber; nothing saved', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const [code, otherCode] = indebted(office, 1);
    const owed = ok(office.call(asesor, 'coupons.owed', { code: code! }));
    const other = ok(office.call(asesor, 'coupons.owed', { code: otherCode! }));
    const first = owed.items[0]!;
    const base = { requestKey: key(), subscriberCode: code!, chargeIds: [first.chargeId] };
    expect(failure(office.call(asesor, 'coupons.create', { ...base, amount: 0 })).issues?.[0]?.field).toBe('amount');
    expect(failure(office.call(asesor, 'coupons.create', { ...base, amount: first.outstanding + 1 })).issues?.[0]?.field).toBe(
      'amount',
    );
    expect(failure(office.call(asesor, 'coupons.create', { ...base, chargeIds: [] })).issues?.[0]?.field).toBe('chargeIds');
    expect(failure(office.call(asesor, 'coupons.create', { ...base, chargeIds: [other.items[0]!.chargeId] })).message).toMatch(
      /no es de este suscriptor/,
    );
    expect(failure(office.call(asesor, 'coupons.create', { ...base, amount: 'diez' as unknown as number })).code).toBe(
      'VALIDATION',
    );
    expect(office.count('coupons')).toBe(0);
  });

  it('gives the same coupon for a double GENERAR and expires it after its validity', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const [code] = indebted(office, 1);
    const owed = ok(office.call(asesor, 'coupons.owed', { code: code! }));
    const input = { requestKey: key(), subscriberCode: code!, chargeIds: [owed.items[0]!.chargeId] };
    const a = ok(office.call(asesor, 'coupons.create', input));
    expect(ok(office.call(asesor, 'coupons.create', input)).number).toBe(a.number);
    expect(office.count('coupons')).toBe(1);
    office.clock.set('2026-11-29T14:00:00Z');
    expect(ok(office.call(office.login('asesor'), 'coupons.get', { number: a.number })).status).toBe('VENCIDO');
  });
});
