import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { cash, couponFor, indebted, key, reconnectionFactura } from '../cash/cash.fixtures';
import { filePqr } from '../pqr/pqr.fixtures';

/** A day at CAJA: a two-debt coupon paid half cash half card, a factura paid cash, and that one voided. */
function dayOfPayments(office: TestOffice) {
  const asesor = office.login('asesor');
  const cajero = office.login('cajero');
  const code = indebted(office, 2)[0]!;
  const owed = ok(office.call(asesor, 'coupons.owed', { code }));
  const two = ok(
    office.call(asesor, 'coupons.create', {
      requestKey: key(),
      subscriberCode: code,
      chargeIds: owed.items.slice(0, 2).map((i) => i.chargeId),
    }),
  );
  const factura = reconnectionFactura(office, asesor, '100005');
  const one = couponFor(office, asesor, factura.number);
  ok(office.call(cajero, 'cash.open', { openingFloat: 100_000 }));
  const card = Math.floor(two.total / 2);
  const split = ok(
    office.call(cajero, 'cash.collect', {
      requestKey: key(),
      couponNumber: two.number,
      tenders: [cash(two.total - card, 200_000), { method: 'TARJETA', amount: card, reference: 'VOUCHER 7' }],
    }),
  );
  office.clock.advance(5 * 60_000);
  const voided = ok(
    office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: one.number, tenders: [cash(one.total)] }),
  );
  ok(
    office.call(cajero, 'cash.voidReceipt', {
      receiptNumber: voided.number,
      reason: 'Pago registrado dos veces',
      supervisorUsername: 'supervisor',
      supervisorPassword: 'Supervisor2026',
    }),
  );
  return { code, two, one, split, voided, factura, owed };
}

describe("REPORTES → Exportar: the day's payments", () => {
  it("gives one row per line paid, with the receipt, its tenders and the office's hour; voided receipts marked", () => {
    const office = testOffice();
    const { code, two, split, voided, factura, owed } = dayOfPayments(office);
    const supervisor = office.login('supervisor');
    const page = ok(office.call(supervisor, 'exports.payments', { date: '2026-11-23' }));
    expect(page.next).toBeNull();
    expect(page.office).toMatchObject({ timeZone: 'America/Bogota', currency: 'COP' });
    const [first, second, third] = page.rows;
    expect(page.rows).toHaveLength(3);
    expect(first).toMatchObject({
      receipt: split.number,
      voided: false,
      voidNumber: '',
      // 14:00 UTC is 09:00 in Florencia.
      paidOn: '2026-11-23',
      paidTime: '09:00:00',
      subscriberCode: code,
      coupon: two.number,
      receiptAmount: two.total,
      lineNo: 1,
      concept: owed.items[0]!.concept,
      amount: owed.items[0]!.amount,
      tenders: [
        { method: 'EFECTIVO', amount: two.total - Math.floor(two.total / 2) },
        { method: 'TARJETA', amount: Math.floor(two.total / 2) },
      ],
    });
    expect(first!.sourceType).toBe('PERIODIC_BILL');
    expect(first!.document).toMatch(/\S/);
    expect(second).toMatchObject({ receipt: split.number, lineNo: 2, amount: owed.items[1]!.amount });
    expect(third).toMatchObject({
      receipt: voided.number,
      voided: true,
      voidNumber: expect.stringMatching(/^ANR-/),
      paidTime: '09:05:00',
      sourceType: 'INVOICE',
      document: factura.number,
    });
  });

  it('adds up to the informe diario: the lines not voided are what was collected, method by method', () => {
    const office = testOffice();
    dayOfPayments(office);
    const supervisor = office.login('supervisor');
    const { rows } = ok(office.call(supervisor, 'exports.payments', { date: '2026-11-23' }));
    const report = ok(office.call(supervisor, 'reports.daily', { date: '2026-11-23' }));
    const paid = rows.filter((r) => !r.voided);
    expect(paid.reduce((sum, r) => sum + r.amount, 0)).toBe(report.totals.collected);
    const firstLines = paid.filter((r) => r.lineNo === 1);
    expect(firstLines.reduce((sum, r) => sum + r.receiptAmount, 0)).toBe(report.totals.collected);
    for (const { method, amount } of report.payments) {
      const byMethod = firstLines.flatMap((r) => r.tenders).filter((t) => t.method === method);
      expect(byMethod.reduce((sum, t) => sum + t.amount, 0)).toBe(amount);
    }
    const voided = rows.filter((r) => r.voided && r.lineNo === 1);
    expect(voided.reduce((sum, r) => sum + r.receiptAmount, 0)).toBe(report.totals.voided);
  });

  it('pages by receipt: each receipt whole in one page, none twice', () => {
    const office = testOffice();
    dayOfPayments(office);
    const admin = office.login('admin');
    const a = ok(office.call(admin, 'exports.payments', { date: '2026-11-23', limit: 1 }));
    expect(new Set(a.rows.map((r) => r.receipt)).size).toBe(1);
    expect(a.rows).toHaveLength(2);
    const b = ok(office.call(admin, 'exports.payments', { date: '2026-11-23', limit: 1, after: a.next! }));
    expect(b.rows).toHaveLength(1);
    expect(b.rows[0]!.receipt).not.toBe(a.rows[0]!.receipt);
    const c = ok(office.call(admin, 'exports.payments', { date: '2026-11-23', limit: 1, after: b.next! }));
    expect(c).toMatchObject({ rows: [], next: null });
  });

  it('is for supervisors and the administrator only; a bad date is refused in Spanish', () => {
    const office = testOffice();
    for (const user of ['asesor', 'cajero', 'coordinador', 'almacen']) {
      expect(failure(office.call(office.login(user), 'exports.payments', { date: '2026-11-23' })).code).toBe('FORBIDDEN');
    }
    const supervisor = office.login('supervisor');
    expect(failure(office.call(supervisor, 'exports.payments', { date: '' })).message).toBe('Fecha: escríbala');
    expect(failure(office.call(supervisor, 'exports.payments', { date: '23/11/2026' })).message).toBe(
      'Fecha: use el formato AAAA-MM-DD',
    );
  });
});

describe('REPORTES → Exportar: padrón and trámites', () => {
  it('reads the whole padrón in pages, each subscriber once, with the titular', () => {
    const office = testOffice({ subscribers: 25 });
    const admin = office.login('admin');
    const codes: string[] = [];
    let after: number | undefined;
    do {
      const page = ok(office.call(admin, 'exports.padron', after === undefined ? { limit: 10 } : { limit: 10, after }));
      codes.push(...page.rows.map((r) => r.code));
      after = page.next ?? undefined;
    } while (after !== undefined);
    expect(codes).toHaveLength(office.count('subscribers'));
    expect(new Set(codes).size).toBe(codes.length);
    const [first] = ok(office.call(admin, 'exports.padron', { limit: 1 })).rows;
    const owner = office.sqlite
      .prepare('SELECT p.document_number AS doc FROM subscribers s JOIN parties p ON p.id = s.owner_party_id WHERE s.code = ?')
      .get(first!.code) as { doc: string };
    expect(first!.ownerDocumentNumber).toBe(owner.doc);
    expect(first!.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(failure(office.call(office.login('asesor'), 'exports.padron', {})).code).toBe('FORBIDDEN');
  });

  it('gives the trámites radicated in the period, and refuses a reversed or too long period', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const filed = filePqr(office, asesor, { code: '100001', observation: '=HYPERLINK("x") dice el usuario' });
    const coordinador = office.login('coordinador');
    const period = { from: '2026-11-01', to: '2026-11-23' };
    const { rows } = ok(office.call(coordinador, 'exports.requests', { period }));
    expect(rows).toEqual([
      expect.objectContaining({
        filingNumber: filed.filingNumber,
        filedOn: '2026-11-23',
        filedTime: '09:00:00',
        subscriberCode: '100001',
        cause: 'ALTO CONSUMO',
        observation: '=HYPERLINK("x") dice el usuario',
        closedOn: null,
      }),
    ]);
    expect(ok(office.call(coordinador, 'exports.requests', { period: { from: '2026-11-24', to: '2026-11-30' } })).rows).toEqual(
      [],
    );
    const reversed = failure(office.call(coordinador, 'exports.requests', { period: { from: '2026-11-23', to: '2026-11-01' } }));
    expect(reversed).toMatchObject({ code: 'VALIDATION', message: 'Hasta: no puede ser anterior a Desde' });
    const long = failure(office.call(coordinador, 'exports.requests', { period: { from: '2025-01-01', to: '2026-11-23' } }));
    expect(long.message).toBe('Hasta: el periodo es de máximo 366 días');
    expect(failure(office.call(asesor, 'exports.requests', { period })).code).toBe('FORBIDDEN');
  });
});
