import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { balanceOf, cash, couponFor, key, reconnectionFactura } from './cash.fixtures';

/** An asesor's factura and coupon, and a cashier with the day's session open. */
function counterAndDesk(office: TestOffice) {
  const asesor = office.login('asesor');
  const cajero = office.login('cajero');
  const invoice = reconnectionFactura(office, asesor);
  const coupon = couponFor(office, asesor, invoice.number);
  ok(office.call(cajero, 'cash.open', { openingFloat: 200_000 }));
  return { asesor, cajero, invoice, coupon };
}

describe('CAJA: collecting a coupon', () => {
  it('pays the coupon: ledger, factura PAGADA, coupon PAGADO, numbered receipt with change', () => {
    const office = testOffice();
    const { asesor, cajero, invoice, coupon } = counterAndDesk(office);
    const before = balanceOf(office, '100004');
    const receipt = ok(
      office.call(cajero, 'cash.collect', {
        requestKey: key(),
        couponNumber: coupon.number,
        tenders: [cash(coupon.total, 100_000)],
      }),
    );
    expect(receipt).toMatchObject({
      number: 'REC-2026-000001',
      status: 'PAGADO',
      total: coupon.total,
      change: 100_000 - coupon.total,
    });
    expect(receipt.cashier.fullName).toBeTruthy();
    expect(balanceOf(office, '100004')).toBe(before - coupon.total);
    expect(ok(office.call(asesor, 'invoices.get', { number: invoice.number })).status).toBe('PAGADA');
    expect(ok(office.call(cajero, 'coupons.get', { number: coupon.number }))).toMatchObject({
      status: 'PAGADO',
      receiptNumber: receipt.number,
    });
  });

  it('records a payment once for a double Enter or a retry with the same key', () => {
    const office = testOffice();
    const { cajero, coupon } = counterAndDesk(office);
    const input = { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] };
    const a = ok(office.call(cajero, 'cash.collect', input));
    const b = ok(office.call(cajero, 'cash.collect', input));
    expect(b.number).toBe(a.number);
    expect(office.count('receipts')).toBe(1);
    const again = failure(office.call(cajero, 'cash.collect', { ...input, requestKey: key() }));
    expect(again.message).toBe(`El cupón ${coupon.number} ya está PAGADO con el recibo ${a.number}.`);
  });

  it('splits tender across methods; non-cash needs a reference; the sum must equal the coupon', () => {
    const office = testOffice();
    const { cajero, coupon } = counterAndDesk(office);
    const half = Math.floor(coupon.total / 2);
    const noRef = failure(
      office.call(cajero, 'cash.collect', {
        requestKey: key(),
        couponNumber: coupon.number,
        tenders: [cash(half), { method: 'TARJETA', amount: coupon.total - half }],
      }),
    );
    expect(noRef.issues?.[0]).toMatchObject({ field: 'tenders.1.reference' });
    const short = failure(
      office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(half)] }),
    );
    expect(short.issues?.[0]?.field).toBe('tenders');
    const receipt = ok(
      office.call(cajero, 'cash.collect', {
        requestKey: key(),
        couponNumber: coupon.number,
        tenders: [cash(half, 50_000), { method: 'TARJETA', amount: coupon.total - half, reference: 'VOUCHER 123456' }],
      }),
    );
    expect(receipt.tenders.map((t) => t.method)).toEqual(['EFECTIVO', 'TARJETA']);
    expect(receipt.change).toBe(50_000 - half);
  });

  it('refuses bad input and states without changing anything', () => {
    const office = testOffice();
    const { asesor, cajero, coupon } = counterAndDesk(office);
    const rows = () => [office.count('receipts'), office.count('payments'), office.count('ledger_entries')];
    const before = rows();
    const attempt = (input: Record<string, unknown>) =>
      failure(
        office.call(cajero, 'cash.collect', {
          requestKey: key(),
          couponNumber: coupon.number,
          tenders: [cash(coupon.total)],
          ...input,
        } as never),
      );
    expect(attempt({ couponNumber: 'CUP-2026-999999' }).code).toBe('NOT_FOUND');
    expect(attempt({ couponNumber: 'abc' }).code).toBe('VALIDATION');
    expect(attempt({ tenders: [{ method: 'EFECTIVO', amount: 0 }] }).code).toBe('VALIDATION');
    expect(attempt({ tenders: [{ method: 'EFECTIVO', amount: 'cien' }] }).code).toBe('VALIDATION');
    expect(attempt({ tenders: [cash(coupon.total, 1)] }).issues?.[0]?.field).toBe('tenders.0.tendered');
    expect(
      failure(
        office.call(asesor, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] }),
      ).code,
    ).toBe('FORBIDDEN');
    office.clock.set('2026-12-01T14:00:00Z');
    const stale = office.login('cajero');
    expect(
      failure(
        office.call(stale, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] }),
      ).message,
    ).toMatch(/caja abierta es del 2026-11-23/);
    expect(rows()).toEqual(before);
  });

  it('needs an open session, and a session from an earlier day must be closed first', () => {
    const office = testOffice();
    const cajero = office.login('cajero');
    expect(ok(office.call(cajero, 'cash.current', {})).session).toBeNull();
    expect(failure(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 1000, quantity: 1 }] })).message).toMatch(
      /No hay una caja abierta/,
    );
    ok(office.call(cajero, 'cash.open', { openingFloat: 100_000 }));
    expect(failure(office.call(cajero, 'cash.open', { openingFloat: 100_000 })).message).toMatch(/Ya tiene una caja abierta/);
    expect(failure(office.call(cajero, 'cash.open', { openingFloat: -1 })).code).toBe('VALIDATION');
    office.clock.set('2026-11-24T14:00:00Z');
    const next = office.login('cajero');
    expect(ok(office.call(next, 'cash.current', {})).session).toMatchObject({ stale: true, businessDate: '2026-11-23' });
    expect(failure(office.call(next, 'cash.open', { openingFloat: 100_000 })).message).toMatch(/caja del 2026-11-23/);
  });

  it('refuses an expired coupon and one whose factura was voided', () => {
    const office = testOffice();
    const { asesor, cajero, invoice, coupon } = counterAndDesk(office);
    const supervisor = office.login('supervisor');
    ok(office.call(supervisor, 'invoices.void', { number: invoice.number, reason: 'Factura hecha al suscriptor equivocado' }));
    const voided = failure(
      office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] }),
    );
    expect(voided.message).toMatch(/ya no corresponde a la deuda/);
    const other = couponFor(office, asesor, reconnectionFactura(office, asesor, '100005').number);
    office.clock.set('2026-11-29T14:00:00Z');
    const later = office.login('cajero');
    ok(office.call(later, 'cash.declareCount', { count: [{ denomination: 100_000, quantity: 2 }] }));
    ok(office.call(later, 'cash.close', { note: '' }));
    ok(office.call(later, 'cash.open', { openingFloat: 100_000 }));
    const expired = failure(
      office.call(later, 'cash.collect', { requestKey: key(), couponNumber: other.number, tenders: [cash(other.total)] }),
    );
    expect(expired.message).toBe(
      `El cupón ${other.number} está VENCIDO desde el 2026-11-28: el usuario debe pedir uno nuevo en RECAUDO.`,
    );
  });
});

describe('CAJA: voids approved by a supervisor', () => {
  it('voids with the supervisor credentials: reversing entries, coupon and factura pending again', () => {
    const office = testOffice();
    const { asesor, cajero, invoice, coupon } = counterAndDesk(office);
    const before = balanceOf(office, '100004');
    const receipt = ok(
      office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] }),
    );
    const voided = ok(
      office.call(cajero, 'cash.voidReceipt', {
        receiptNumber: receipt.number,
        reason: 'Se cobró el cupón de otro suscriptor',
        supervisorUsername: 'supervisor',
        supervisorPassword: 'Supervisor2026',
      }),
    );
    expect(voided.status).toBe('ANULADO');
    expect(voided.void).toMatchObject({ number: 'ANR-2026-000001', approvedBy: expect.any(String) });
    expect(balanceOf(office, '100004')).toBe(before);
    expect(ok(office.call(asesor, 'invoices.get', { number: invoice.number })).status).toBe('PENDIENTE');
    expect(ok(office.call(asesor, 'coupons.get', { number: coupon.number })).status).toBe('VIGENTE');
    const audit = office.sqlite.prepare("SELECT after FROM audit WHERE procedure = 'cash.voidReceipt'").all() as {
      after: string;
    }[];
    expect(audit.map((a) => a.after).join()).not.toContain('Supervisor2026');
  });

  it('refuses a void without reason, with a wrong password or by a non-supervisor; nothing changes', () => {
    const office = testOffice();
    const { cajero, coupon } = counterAndDesk(office);
    const receipt = ok(
      office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] }),
    );
    const ledger = office.count('ledger_entries');
    const base = {
      receiptNumber: receipt.number,
      reason: 'Se cobró el cupón de otro suscriptor',
      supervisorUsername: 'supervisor',
      supervisorPassword: 'Supervisor2026',
    };
    expect(failure(office.call(cajero, 'cash.voidReceipt', { ...base, reason: '' })).issues?.[0]?.field).toBe('reason');
    expect(failure(office.call(cajero, 'cash.voidReceipt', { ...base, supervisorPassword: 'otra' })).code).toBe('AUTH_FAILED');
    expect(
      failure(
        office.call(cajero, 'cash.voidReceipt', { ...base, supervisorUsername: 'cajero', supervisorPassword: 'Cajero2026' }),
      ).code,
    ).toBe('AUTH_FAILED');
    expect(office.count('ledger_entries')).toBe(ledger);
    expect(office.count('receipt_voids')).toBe(0);
  });
});

describe('CAJA: blind count and corte de caja', () => {
  it('reveals the expected cash only after the count, records the shortage and closes immutably', () => {
    const office = testOffice();
    const { cajero, coupon } = counterAndDesk(office);
    ok(
      office.call(cajero, 'cash.collect', {
        requestKey: key(),
        couponNumber: coupon.number,
        tenders: [cash(coupon.total, 100_000)],
      }),
    );
    const current = ok(office.call(cajero, 'cash.current', {}));
    expect(current.session).not.toHaveProperty('expectedCash');
    expect(current.denominations).toContain(50_000);
    const expected = 200_000 + coupon.total;
    const counted = ok(
      office.call(cajero, 'cash.declareCount', {
        count: [
          { denomination: 100_000, quantity: 2 },
          { denomination: 50_000, quantity: 1 },
          { denomination: 20_000, quantity: 2 },
        ],
      }),
    );
    expect(counted).toMatchObject({ countedCash: 290_000, expectedCash: expected, difference: 290_000 - expected });
    expect(counted.session.status).toBe('EN_ARQUEO');
    expect(failure(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 1000, quantity: 1 }] })).message).toMatch(
      /ya se registró/,
    );
    expect(failure(office.call(cajero, 'cash.close', { note: '' })).issues?.[0]?.field).toBe('note');
    const closed = ok(office.call(cajero, 'cash.close', { note: 'Faltante: billete de 2.000 devuelto de más' }));
    expect(closed.session).toMatchObject({ status: 'CERRADA', closeNumber: 'CC-2026-000001' });
    expect(closed.byMethod.find((m) => m.method === 'EFECTIVO')).toMatchObject({ receipts: 1, amount: coupon.total });
    expect(() =>
      office.sqlite.prepare('UPDATE cash_sessions SET close_note = ? WHERE id = ?').run('x', closed.session.id),
    ).toThrow(/cerrada/);
    expect(ok(office.call(cajero, 'cash.current', {})).session).toBeNull();
  });

  it('refuses negative quantities and unknown denominations', () => {
    const office = testOffice();
    const { cajero } = counterAndDesk(office);
    expect(
      failure(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 1000, quantity: -1 }] })).issues?.[0]?.field,
    ).toBe('count.0.quantity');
    expect(
      failure(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 3000, quantity: 1 }] })).issues?.[0]?.field,
    ).toBe('count.0.denomination');
  });
});
