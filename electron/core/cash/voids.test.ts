import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { cash, couponFor, key, reconnectionFactura } from './cash.fixtures';

describe('CAJA: no void once the blind count is saved', () => {
  it('refuses to void during the arqueo, so the corte still adds up', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const cajero = office.login('cajero');
    const coupon = couponFor(office, asesor, reconnectionFactura(office, asesor).number);
    ok(office.call(cajero, 'cash.open', { openingFloat: 100_000 }));
    const receipt = ok(
      office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] }),
    );
    const counted = ok(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 100_000, quantity: 1 }] }));
    expect(counted.expectedCash).toBe(100_000 + coupon.total);
    const refused = failure(
      office.call(cajero, 'cash.voidReceipt', {
        receiptNumber: receipt.number,
        reason: 'Se cobró el cupón de otro suscriptor',
        supervisorUsername: 'supervisor',
        supervisorPassword: 'Supervisor2026',
      }),
    );
    expect(refused).toMatchObject({ code: 'RULE', message: expect.stringMatching(/en arqueo/) });
    expect(office.count('receipt_voids')).toBe(0);
    const closed = ok(office.call(cajero, 'cash.close', { note: 'Faltante: se devolvió un pago mal cobrado' }));
    expect(closed.expectedCash).toBe(100_000 + closed.byMethod.find((m) => m.method === 'EFECTIVO')!.amount);
  });
});
