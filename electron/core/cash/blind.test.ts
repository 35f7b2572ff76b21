import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { setSetting } from '../settings/settings';
import { cash, couponFor, key, reconnectionFactura } from './cash.fixtures';

/** A desk with one payment taken: split between efectivo and a card. */
function deskWithPayment() {
  const office = testOffice();
  const asesor = office.login('asesor');
  const cajero = office.login('cajero');
  const coupon = couponFor(office, asesor, reconnectionFactura(office, asesor).number);
  const opened = ok(office.call(cajero, 'cash.open', { openingFloat: 100_000 }));
  const half = Math.floor(coupon.total / 2);
  ok(
    office.call(cajero, 'cash.collect', {
      requestKey: key(),
      couponNumber: coupon.number,
      tenders: [cash(half), { method: 'TARJETA', amount: coupon.total - half, reference: 'VOUCHER 0042' }],
    }),
  );
  return { office, cajero, sessionId: opened.id, total: coupon.total };
}

describe('CAJA: arqueo ciego', () => {
  it('while the session is open its cashier gets no running total and no method of payment in the list', () => {
    const { office, cajero } = deskWithPayment();
    const current = ok(office.call(cajero, 'cash.current', {}));
    expect(current.session).toMatchObject({ receipts: 1, collected: null });
    const listed = ok(office.call(cajero, 'cash.receipts', {}));
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toMatch(/EFECTIVO|TARJETA|tenders/);
  });

  it('the count reveals the total; a supervisor reads it; the office may turn the blind count off', () => {
    const { office, cajero, sessionId, total } = deskWithPayment();
    const supervisor = office.login('supervisor');
    const counted = ok(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 100_000, quantity: 1 }] }));
    expect(counted.session.collected).toBe(total);
    expect(ok(office.call(supervisor, 'cash.closeReport', { sessionId })).netCollected).toBe(total);

    const other = deskWithPayment();
    setSetting(other.office.db, 'cash.blindClose', false, other.office.clock.now());
    expect(ok(other.office.call(other.cajero, 'cash.current', {})).session?.collected).toBe(other.total);
  });
});

describe('CAJA: each cashier reads only their own cortes', () => {
  it("another cashier is refused the report; the session's cashier and a supervisor read it", () => {
    const { office, cajero, sessionId } = deskWithPayment();
    ok(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 100_000, quantity: 1 }] }));
    const admin = office.login('admin');
    ok(
      office.call(admin, 'users.create', {
        username: 'cajero2',
        fullName: 'Yesenia Motta Perdomo',
        documentNumber: '1117011222',
        role: 'CAJERO',
        password: 'Caguan-Sur-8431',
      }),
    );
    office.sqlite.prepare("UPDATE users SET must_change_password = 0 WHERE username = 'cajero2'").run();
    const second = ok(office.call(null, 'auth.login', { username: 'cajero2', password: 'Caguan-Sur-8431' })).sessionId;
    expect(failure(office.call(second, 'cash.closeReport', { sessionId }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Solo puede consultar las sesiones de caja propias.',
    });
    expect(ok(office.call(cajero, 'cash.closeReport', { sessionId })).session.id).toBe(sessionId);
    expect(ok(office.call(office.login('supervisor'), 'cash.closeReport', { sessionId })).session.id).toBe(sessionId);
  });
});
