import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../db/testing';
import { type AttackOffice, type Puesto, attackOffice, data, refusal } from './attack.test-support';

/** A factura, its coupon, and a cashier who paid it half in efectivo and half by card. */
async function paidCoupon(counter: Puesto, desk: Puesto) {
  const asesor = await counter.login('asesor');
  const cajero = await desk.login('cajero');
  const productId = (name: string) =>
    (counter.core.sqlite.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;
  const owner = counter.core.sqlite.prepare("SELECT owner_party_id AS id FROM subscribers WHERE code = '100004'").get() as {
    id: number;
  };
  const invoice = data<{ number: string }>(
    await counter.call(asesor, 'invoices.create', {
      requestKey: 'ataque-factura-1',
      paymentForm: 'CONTADO',
      subscriberCode: '100004',
      partyId: owner.id,
      lines: [{ productId: productId('RECONEXIÓN DEL SERVICIO'), quantity: 1 }],
      observation: 'Código 100004, reconexión',
    }),
  );
  const owed = data<{ items: { chargeId: number; reference: string }[] }>(
    await counter.call(asesor, 'coupons.owed', { code: '100004' }),
  );
  const chargeId = owed.items.find((i) => i.reference === invoice.number)!.chargeId;
  const coupon = data<{ number: string; total: number }>(
    await counter.call(asesor, 'coupons.create', {
      requestKey: 'ataque-cupon-1',
      subscriberCode: '100004',
      chargeIds: [chargeId],
    }),
  );
  data(await desk.call(cajero, 'cash.open', { openingFloat: 100_000 }));
  const half = Math.floor(coupon.total / 2);
  const receipt = data<{ number: string }>(
    await desk.call(cajero, 'cash.collect', {
      requestKey: 'ataque-pago-1',
      couponNumber: coupon.number,
      tenders: [
        { method: 'EFECTIVO', amount: half },
        { method: 'TARJETA', amount: coupon.total - half, reference: 'VOUCHER 0042' },
      ],
    }),
  );
  return { asesor, cajero, coupon, receipt, chargeId };
}

describe('attack: the counter and the cash desk', () => {
  let office: AttackOffice;
  beforeEach(async () => {
    office = await attackOffice();
  });
  afterEach(() => office.close());

  it('item 4: the blind count is blind — no running total, no methods of payment for the cashier; the supervisor sees them', async () => {
    const { cajero, coupon } = await paidCoupon(office.a, office.b);
    const current = data<{ session: { collected: number | null } }>(await office.b.call(cajero, 'cash.current', {}));
    expect(current.session.collected).toBeNull();
    const listed = data<unknown[]>(await office.b.call(cajero, 'cash.receipts', {}));
    expect(JSON.stringify(listed)).not.toMatch(/EFECTIVO|TARJETA|tenders|method/);
    const supervisor = await office.a.login('supervisor');
    const report = data<{ payments: { method: string; amount: number }[] }>(
      await office.a.call(supervisor, 'reports.daily', { date: TEST_TODAY }),
    );
    expect(report.payments.reduce((t, p) => t + p.amount, 0)).toBe(coupon.total);
  });

  it('item 5: a cashier cannot lock the supervisor out with an invented receipt and wrong passwords', async () => {
    const { cajero } = await paidCoupon(office.a, office.b);
    for (let i = 0; i < 6; i++) {
      const refused = refusal(
        await office.b.call(cajero, 'cash.voidReceipt', {
          receiptNumber: 'REC-2026-999999',
          reason: 'Prueba de bloqueo del supervisor',
          supervisorUsername: 'supervisor',
          supervisorPassword: `Adivina-${i}`,
        }),
      );
      expect(refused.code).toBe('NOT_FOUND');
    }
    expect(await office.a.login('supervisor')).toBeTruthy();
  });

  it('item 5: wrong approvals on a real receipt make the desk wait, never the supervisor', async () => {
    const { cajero, receipt } = await paidCoupon(office.a, office.b);
    const ask = (supervisorPassword: string) =>
      office.b.call(cajero, 'cash.voidReceipt', {
        receiptNumber: receipt.number,
        reason: 'Prueba de bloqueo del supervisor',
        supervisorUsername: 'supervisor',
        supervisorPassword,
      });
    for (let i = 0; i < 6; i++) await ask(`Adivina-${i}`);
    expect(refusal(await ask('Supervisor2026')).message).toMatch(/espere/);
    expect(await office.a.login('supervisor')).toBeTruthy();
  });

  it('item 7: a request key reused with other input is refused and creates nothing; the same input gets the first answer', async () => {
    const { asesor, chargeId, coupon } = await paidCoupon(office.a, office.b);
    const again = data<{ number: string }>(
      await office.a.call(asesor, 'coupons.create', {
        requestKey: 'ataque-cupon-1',
        subscriberCode: '100004',
        chargeIds: [chargeId],
      }),
    );
    expect(again.number).toBe(coupon.number);
    const coupons = () => (office.a.core.sqlite.prepare('SELECT count(*) AS n FROM coupons').get() as { n: number }).n;
    const before = coupons();
    // Another subscriber who owes something.
    const debtor = office.a.core.sqlite
      .prepare(
        "SELECT s.code FROM subscribers s WHERE s.code != '100004' AND (SELECT sum(amount) FROM ledger_entries e WHERE e.subscriber_id = s.id) > 0 ORDER BY s.code LIMIT 1",
      )
      .get() as { code: string };
    const owed = data<{ items: { chargeId: number }[] }>(await office.a.call(asesor, 'coupons.owed', { code: debtor.code }));
    const reused = refusal(
      await office.a.call(asesor, 'coupons.create', {
        requestKey: 'ataque-cupon-1',
        subscriberCode: debtor.code,
        chargeIds: [owed.items[0]!.chargeId],
      }),
    );
    expect(reused).toEqual({
      code: 'CONFLICT',
      message: 'Esta solicitud ya se usó con otros datos. Vuelva a abrir la pantalla e intente de nuevo; no se guardó nada.',
    });
    // Another user with the very same input: still another request.
    const other = await office.b.login('asesor2');
    const stolen = refusal(
      await office.b.call(other, 'coupons.create', {
        requestKey: 'ataque-cupon-1',
        subscriberCode: '100004',
        chargeIds: [chargeId],
      }),
    );
    expect(stolen.code).toBe('CONFLICT');
    // A factura's key reused for a coupon: another procedure, refused too.
    expect(
      refusal(
        await office.a.call(asesor, 'coupons.create', {
          requestKey: 'ataque-factura-1',
          subscriberCode: '100004',
          chargeIds: [chargeId],
        }),
      ).code,
    ).toBe('CONFLICT');
    expect(coupons()).toBe(before);
  });

  it("item 10: a cashier reads only their own cash sessions' close reports", async () => {
    const { cajero } = await paidCoupon(office.a, office.b);
    const sessionId = (office.b.core.sqlite.prepare('SELECT id FROM cash_sessions').get() as { id: number }).id;
    data(await office.b.call(cajero, 'cash.declareCount', { count: [{ denomination: 100_000, quantity: 1 }] }));
    const admin = await office.a.login('admin');
    data(
      await office.a.call(admin, 'users.create', {
        username: 'cajero2',
        fullName: 'Yesenia Motta Perdomo',
        documentNumber: '1117011222',
        role: 'CAJERO',
        password: 'Caguan-Sur-8431',
      }),
    );
    const second = await office.a.login('cajero2', 'Caguan-Sur-8431');
    data(await office.a.call(second, 'auth.changePassword', { current: 'Caguan-Sur-8431', next: 'Rio-Orteguaza-77' }));
    expect(refusal(await office.a.call(second, 'cash.closeReport', { sessionId })).code).toBe('FORBIDDEN');
    expect(data<{ session: { id: number } }>(await office.b.call(cajero, 'cash.closeReport', { sessionId })).session.id).toBe(
      sessionId,
    );
  });
});
