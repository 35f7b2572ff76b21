import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { setSetting } from '../settings/settings';
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

describe('CAJA: a void approval is checked last and limited per cash session', () => {
  function desk() {
    const office = testOffice();
    const asesor = office.login('asesor');
    const cajero = office.login('cajero');
    const coupon = couponFor(office, asesor, reconnectionFactura(office, asesor).number);
    ok(office.call(cajero, 'cash.open', { openingFloat: 100_000 }));
    const receipt = ok(
      office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] }),
    );
    const ask = (receiptNumber: string, supervisorPassword: string) =>
      office.call(cajero, 'cash.voidReceipt', {
        receiptNumber,
        reason: 'Se cobró el cupón de otro suscriptor',
        supervisorUsername: 'supervisor',
        supervisorPassword,
      });
    return { office, receipt, ask };
  }

  it('an invented receipt is refused before any password is tried: the supervisor is never locked out by it', () => {
    const { office, ask } = desk();
    for (let i = 0; i < 6; i++) {
      expect(failure(ask('REC-2026-999999', `Adivina-${i}`))).toMatchObject({
        code: 'NOT_FOUND',
        message: 'No existe el recibo REC-2026-999999.',
      });
    }
    expect(office.count('void_approvals')).toBe(0);
    // The supervisor still logs in with their password.
    expect(office.login('supervisor')).toBeTruthy();
  });

  it('after three wrong approvals in a row the desk waits; the supervisor can still log in; every attempt is audited', () => {
    const { office, receipt, ask } = desk();
    for (let i = 0; i < 3; i++) expect(failure(ask(receipt.number, `Adivina-${i}`)).code).toBe('AUTH_FAILED');
    const waiting = failure(ask(receipt.number, 'Supervisor2026'));
    expect(waiting).toMatchObject({ code: 'RULE', message: expect.stringMatching(/espere 10 min/) });
    expect(office.count('receipt_voids')).toBe(0);
    expect(office.login('supervisor')).toBeTruthy();
    const attempts = office.sqlite
      .prepare("SELECT after FROM audit WHERE procedure = 'cash.voidReceipt' ORDER BY id")
      .all()
      .map((row) => JSON.parse((row as { after: string }).after) as { voidApproval?: string });
    expect(attempts.map((a) => a.voidApproval)).toEqual(['RECHAZADA', 'RECHAZADA', 'RECHAZADA', 'EN_ESPERA']);
    expect(JSON.stringify(attempts)).not.toContain('Adivina');

    // Ten minutes later (the cashier's screen kept in use) the supervisor approves.
    setSetting(office.db, 'security.idleLockMinutes', 30, office.clock.now());
    office.clock.advance(10 * 60_000);
    expect(ok(ask(receipt.number, 'Supervisor2026')).status).toBe('ANULADO');
    expect(office.count('void_approvals')).toBe(4);
  });
});
