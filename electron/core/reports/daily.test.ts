import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { cash, couponFor, key, reconnectionFactura } from '../cash/cash.fixtures';

describe('REPORTES → Informe diario', () => {
  it('adds up the day: payments by cashier and method, voids, over/short and documents by asesor', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const cajero = office.login('cajero');
    const a = reconnectionFactura(office, asesor, '100004');
    const b = reconnectionFactura(office, asesor, '100005');
    const ca = couponFor(office, asesor, a.number);
    const cb = couponFor(office, asesor, b.number);
    ok(office.call(cajero, 'cash.open', { openingFloat: 100_000 }));
    const paid = ok(
      office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: ca.number, tenders: [cash(ca.total, 200_000)] }),
    );
    const card = ok(
      office.call(cajero, 'cash.collect', {
        requestKey: key(),
        couponNumber: cb.number,
        tenders: [{ method: 'TARJETA', amount: cb.total, reference: 'VOUCHER 99' }],
      }),
    );
    ok(
      office.call(cajero, 'cash.voidReceipt', {
        receiptNumber: card.number,
        reason: 'El datáfono rechazó la tarjeta después',
        supervisorUsername: 'supervisor',
        supervisorPassword: 'Supervisor2026',
      }),
    );
    ok(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 50_000, quantity: 4 }] }));
    ok(office.call(cajero, 'cash.close', { note: 'Faltante por revisar con el supervisor' }));
    const supervisor = office.login('supervisor');
    const report = ok(office.call(supervisor, 'reports.daily', { date: '2026-11-23' }));
    expect(report.payments).toEqual([{ cashier: expect.any(String), method: 'EFECTIVO', receipts: 1, amount: ca.total }]);
    expect(report.receipts).toEqual([
      {
        cashier: paid.cashier.fullName,
        number: paid.number,
        paidAt: paid.paidAt,
        subscriberCode: '100004',
        methods: ['EFECTIVO'],
        amount: ca.total,
        voided: false,
      },
      {
        cashier: card.cashier.fullName,
        number: card.number,
        paidAt: card.paidAt,
        subscriberCode: '100005',
        methods: ['TARJETA'],
        amount: cb.total,
        voided: true,
      },
    ]);
    expect(report.voids).toHaveLength(1);
    expect(report.voids[0]).toMatchObject({ receiptNumber: card.number, amount: cb.total });
    expect(report.totals).toMatchObject({
      collected: paid.total,
      receipts: 1,
      voided: cb.total,
      overShort: 200_000 - (100_000 + ca.total),
      facturas: 2,
      facturasTotal: a.total + b.total,
      coupons: 2,
    });
    expect(report.sessions[0]).toMatchObject({ status: 'CERRADA', closeNumber: 'CC-2026-000001' });
    expect(report.byAsesor).toEqual([expect.objectContaining({ asesor: 'Luz Dary Plaza', facturas: 2, coupons: 2 })]);
    const board = ok(office.call(supervisor, 'reports.dashboard', { date: '2026-11-23' }));
    expect(board.days).toHaveLength(30);
    expect(board.days.at(-1)).toMatchObject({ date: '2026-11-23', collected: ca.total, facturas: 2 });
    expect(board.byMethod.find((m) => m.method === 'EFECTIVO')?.amount).toBe(ca.total);
  });

  it('counts a factura made at 8 p.m. on its own civil day, and only supervisors may read it', () => {
    const office = testOffice();
    office.clock.set('2026-11-24T01:00:00Z');
    const asesor = office.login('asesor');
    reconnectionFactura(office, asesor);
    const supervisor = office.login('supervisor');
    expect(ok(office.call(supervisor, 'reports.daily', { date: '2026-11-23' })).totals.facturas).toBe(1);
    expect(ok(office.call(supervisor, 'reports.daily', { date: '2026-11-24' })).totals.facturas).toBe(0);
    expect(failure(office.call(asesor, 'reports.daily', { date: '2026-11-23' })).code).toBe('FORBIDDEN');
    expect(failure(office.call(supervisor, 'reports.daily', { date: '23/11/2026' })).code).toBe('VALIDATION');
  });
});
