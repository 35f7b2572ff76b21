import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { balanceOf, cash, couponFor, key, reconnectionFactura } from './cash.fixtures';

/** Seed 004: the asesor hands the user a factura number; the cashier, with the day's session open, collects it. */
function facturaAndDesk(office: TestOffice, code = '100004') {
  const asesor = office.login('asesor');
  const cajero = office.login('cajero');
  const invoice = reconnectionFactura(office, asesor, code);
  ok(office.call(cajero, 'cash.open', { openingFloat: 200_000 }));
  return { asesor, cajero, invoice };
}

const rows = (office: TestOffice) =>
  ['receipts', 'payments', 'coupons', 'ledger_entries', 'request_keys'].map((t) => office.count(t));

describe('CAJA: a factura paid by its number (seed 004)', () => {
  it('shows what the factura owes, then collects exactly that: factura PAGADA, receipt naming it', () => {
    const office = testOffice();
    const { asesor, cajero, invoice } = facturaAndDesk(office);
    // A debt of the same subscriber outside the factura stays owed.
    const other = reconnectionFactura(office, asesor);
    const before = balanceOf(office, '100004');
    const due = ok(office.call(cajero, 'cash.invoice', { number: invoice.number.toLowerCase() }));
    expect(due).toMatchObject({ number: invoice.number, status: 'PENDIENTE', outstanding: invoice.total });
    const receipt = ok(
      office.call(cajero, 'cash.collectInvoice', {
        requestKey: key(),
        invoiceNumber: ` ${invoice.number.toLowerCase()} `,
        tenders: [cash(invoice.total, 200_000)],
      }),
    );
    expect(receipt).toMatchObject({
      number: 'REC-2026-000001',
      status: 'PAGADO',
      total: invoice.total,
      change: 200_000 - invoice.total,
    });
    expect(receipt.coupon).toMatchObject({ status: 'PAGADO', receiptNumber: receipt.number, invoices: [invoice.number] });
    expect(receipt.coupon.items).toEqual([expect.objectContaining({ reference: invoice.number, amount: invoice.total })]);
    expect(balanceOf(office, '100004')).toBe(before - invoice.total);
    expect(ok(office.call(asesor, 'invoices.get', { number: invoice.number })).status).toBe('PAGADA');
    expect(ok(office.call(asesor, 'invoices.get', { number: other.number })).status).toBe('PENDIENTE');
    // The cashier's session counts it like any receipt.
    expect(ok(office.call(cajero, 'cash.receipts', {}))).toEqual([
      expect.objectContaining({ number: receipt.number, total: invoice.total, subscriberCode: '100004' }),
    ]);
  });

  it('collects what is left of a factura partly paid with an abono, and only the factura charge', () => {
    const office = testOffice();
    const { asesor, cajero, invoice } = facturaAndDesk(office);
    const abono = couponFor(office, asesor, invoice.number, 40_000);
    ok(office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: abono.number, tenders: [cash(40_000)] }));
    expect(ok(office.call(cajero, 'cash.invoice', { number: invoice.number })).outstanding).toBe(invoice.total - 40_000);
    const short = failure(
      office.call(cajero, 'cash.collectInvoice', {
        requestKey: key(),
        invoiceNumber: invoice.number,
        tenders: [cash(invoice.total)],
      }),
    );
    expect(short.issues).toEqual([
      {
        field: 'tenders',
        message: `Medios de pago: suman ${invoice.total} y la factura ${invoice.number} es por ${invoice.total - 40_000}; deben ser iguales`,
      },
    ]);
    const rest = ok(
      office.call(cajero, 'cash.collectInvoice', {
        requestKey: key(),
        invoiceNumber: invoice.number,
        tenders: [cash(invoice.total - 40_000)],
      }),
    );
    expect(rest.total).toBe(invoice.total - 40_000);
    expect(ok(office.call(asesor, 'invoices.get', { number: invoice.number })).status).toBe('PAGADA');
  });

  it('pays once per request key: a retry returns the first receipt; then the factura is PAGADA', () => {
    const office = testOffice();
    const { cajero, invoice } = facturaAndDesk(office);
    const input = { requestKey: key(), invoiceNumber: invoice.number, tenders: [cash(invoice.total)] };
    const first = ok(office.call(cajero, 'cash.collectInvoice', input));
    const counted = rows(office);
    expect(ok(office.call(cajero, 'cash.collectInvoice', input)).number).toBe(first.number);
    expect(rows(office)).toEqual(counted);
    const paid = `La factura ${invoice.number} ya está PAGADA con el recibo ${first.number}.`;
    expect(failure(office.call(cajero, 'cash.invoice', { number: invoice.number })).message).toBe(paid);
    expect(failure(office.call(cajero, 'cash.collectInvoice', { ...input, requestKey: key() })).message).toBe(paid);
    // The same key with other data is another request: refused, nothing recorded.
    const reused = failure(office.call(cajero, 'cash.collectInvoice', { ...input, tenders: [cash(invoice.total, 500_000)] }));
    expect(reused.code).toBe('CONFLICT');
    expect(rows(office)).toEqual(counted);
  });

  it('refuses an unknown, a voided or a malformed factura, a non-cashier and a closed desk, changing nothing', () => {
    const office = testOffice();
    const { asesor, cajero, invoice } = facturaAndDesk(office);
    const voided = reconnectionFactura(office, asesor, '100005');
    const supervisor = office.login('supervisor');
    ok(office.call(supervisor, 'invoices.void', { number: voided.number, reason: 'Factura hecha al suscriptor equivocado' }));
    const before = rows(office);
    const pay = (session: string, invoiceNumber: string, amount = invoice.total) =>
      failure(office.call(session, 'cash.collectInvoice', { requestKey: key(), invoiceNumber, tenders: [cash(amount)] }));
    expect(failure(office.call(cajero, 'cash.invoice', { number: 'FAC-2026-999999' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No existe la factura FAC-2026-999999.',
    });
    expect(pay(cajero, 'FAC-2026-999999').code).toBe('NOT_FOUND');
    const anulada = `La factura ${voided.number} está ANULADA (Factura hecha al suscriptor equivocado): no se cobra.`;
    expect(failure(office.call(cajero, 'cash.invoice', { number: voided.number })).message).toBe(anulada);
    expect(pay(cajero, voided.number, voided.total).message).toBe(anulada);
    expect(failure(office.call(cajero, 'cash.invoice', { number: 'CUP-2026-000001' })).issues?.[0]).toEqual({
      field: 'number',
      message: 'Número de factura: con el formato FAC-2026-000123',
    });
    expect(pay(asesor, invoice.number).code).toBe('FORBIDDEN');
    expect(failure(office.call(asesor, 'cash.invoice', { number: invoice.number })).code).toBe('FORBIDDEN');
    office.clock.set('2026-11-24T14:00:00Z');
    expect(pay(office.login('cajero'), invoice.number).message).toMatch(/caja abierta es del 2026-11-23/);
    expect(rows(office)).toEqual(before);
  });

  it('collects a CRÉDITO factura’s cuota inicial; its installments stay with the agreement', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const cajero = office.login('cajero');
    ok(office.call(cajero, 'cash.open', { openingFloat: 0 }));
    const productId = (
      office.sqlite.prepare("SELECT id FROM products WHERE name = 'ARREGLO DE ACOMETIDA'").get() as { id: number }
    ).id;
    const owner = office.sqlite.prepare("SELECT owner_party_id AS id FROM subscribers WHERE code = '100004'").get() as {
      id: number;
    };
    const invoice = ok(
      office.call(asesor, 'invoices.create', {
        requestKey: key(),
        paymentForm: 'CREDITO',
        subscriberCode: '100004',
        partyId: owner.id,
        lines: [{ productId, quantity: 2 }],
        observation: 'Arreglo de acometida a crédito',
        agreement: { downPayment: 120_000, installments: 6, firstDueOn: '2026-12-23' },
      }),
    );
    expect(ok(office.call(cajero, 'cash.invoice', { number: invoice.number })).outstanding).toBe(120_000);
    ok(
      office.call(cajero, 'cash.collectInvoice', { requestKey: key(), invoiceNumber: invoice.number, tenders: [cash(120_000)] }),
    );
    expect(failure(office.call(cajero, 'cash.invoice', { number: invoice.number })).message).toMatch(
      new RegExp(`ya está PAGADA con el recibo REC-2026-000001\\. Las cuotas del acuerdo ${invoice.agreement!.number} se pagan`),
    );
  });

  it('goes into the informe diario and the corte de caja like any payment', () => {
    const office = testOffice();
    const { cajero, invoice } = facturaAndDesk(office);
    const receipt = ok(
      office.call(cajero, 'cash.collectInvoice', {
        requestKey: key(),
        invoiceNumber: invoice.number,
        tenders: [cash(invoice.total)],
      }),
    );
    const daily = ok(office.call(office.login('supervisor'), 'reports.daily', { date: '2026-11-23' }));
    expect(daily.totals).toMatchObject({ collected: invoice.total, receipts: 1 });
    expect(daily.receipts).toEqual([expect.objectContaining({ number: receipt.number, amount: invoice.total, voided: false })]);
    const counted = ok(office.call(cajero, 'cash.declareCount', { count: [{ denomination: 100_000, quantity: 2 }] }));
    expect(counted.expectedCash).toBe(200_000 + invoice.total);
    expect(counted.receipts).toEqual([expect.objectContaining({ number: receipt.number, amount: invoice.total })]);
    expect(counted.byMethod).toContainEqual({ method: 'EFECTIVO', receipts: 1, amount: invoice.total });
  });

  it('a void approved by a supervisor leaves the factura to collect again', () => {
    const office = testOffice();
    const { cajero, invoice } = facturaAndDesk(office);
    const paid = ok(
      office.call(cajero, 'cash.collectInvoice', {
        requestKey: key(),
        invoiceNumber: invoice.number,
        tenders: [cash(invoice.total)],
      }),
    );
    ok(
      office.call(cajero, 'cash.voidReceipt', {
        receiptNumber: paid.number,
        reason: 'Se cobró la factura equivocada',
        supervisorUsername: 'supervisor',
        supervisorPassword: 'Supervisor2026',
      }),
    );
    expect(ok(office.call(cajero, 'cash.invoice', { number: invoice.number }))).toMatchObject({
      status: 'PENDIENTE',
      outstanding: invoice.total,
    });
    const again = ok(
      office.call(cajero, 'cash.collectInvoice', {
        requestKey: key(),
        invoiceNumber: invoice.number,
        tenders: [cash(invoice.total)],
      }),
    );
    expect(again.number).not.toBe(paid.number);
  });
});
