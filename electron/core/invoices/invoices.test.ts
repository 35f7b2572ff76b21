import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import type { InvoiceInput } from '../contract/invoices.contract';

const productId = (office: TestOffice, name: string) =>
  (office.sqlite.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;

/** Seed 001, steps 5–13: a reconnection factura typed at the counter. */
function reconnection(office: TestOffice, overrides: Partial<InvoiceInput> = {}): InvoiceInput {
  const party = office.sqlite.prepare("SELECT owner_party_id AS id FROM subscribers WHERE code = '100004'").get() as {
    id: number;
  };
  return {
    requestKey: `k-${Math.random().toString(36).slice(2, 12)}`,
    paymentForm: 'CONTADO',
    subscriberCode: '100004',
    partyId: party.id,
    lines: ['CORTE', 'RECONEXIÓN DEL SERVICIO', 'RECUPERACIÓN ACUEDUCTO CARTERA'].map((name) => ({
      productId: productId(office, name),
      quantity: 1,
    })),
    observation: 'Código 100004, ruta 01-002, reconexión del servicio',
    ...overrides,
  };
}

const balance = (office: TestOffice, code: string) =>
  (
    office.sqlite
      .prepare(
        'SELECT coalesce(sum(amount), 0) AS b FROM ledger_entries l JOIN subscribers s ON s.id = l.subscriber_id WHERE s.code = ?',
      )
      .get(code) as { b: number }
  ).b;

describe('SUSCRIPTOR → FACTURA', () => {
  it('numbers the factura, copies catalog prices and posts its charge to the ledger', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const before = balance(office, '100004');
    const invoice = ok(office.call(asesor, 'invoices.create', reconnection(office)));
    expect(invoice.number).toBe('FAC-2026-000001');
    expect(invoice.lines.map((l) => [l.name, l.unitPrice])).toEqual([
      ['CORTE', 38_500],
      ['RECONEXIÓN DEL SERVICIO', 52_300],
      ['RECUPERACIÓN ACUEDUCTO CARTERA', 18_900],
    ]);
    expect(invoice.total).toBe(109_700);
    expect(invoice.status).toBe('PENDIENTE');
    expect(invoice.asesor.fullName).toBe('Luz Dary Plaza');
    expect(invoice.dueOn).toBe('2026-12-03');
    expect(balance(office, '100004')).toBe(before + 109_700);
    expect(ok(office.call(asesor, 'invoices.create', reconnection(office))).number).toBe('FAC-2026-000002');
  });

  it('creates one factura for a double GUARDAR with the same request key', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const input = reconnection(office);
    const first = ok(office.call(asesor, 'invoices.create', input));
    const second = ok(office.call(asesor, 'invoices.create', input));
    expect(second.number).toBe(first.number);
    expect(office.count('invoices')).toBe(1);
  });

  it('keeps numbers consecutive when a save fails in between', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    ok(office.call(asesor, 'invoices.create', reconnection(office)));
    failure(office.call(asesor, 'invoices.create', reconnection(office, { partyId: 999_999 })));
    failure(office.call(asesor, 'invoices.create', reconnection(office, { subscriberCode: '999999' })));
    expect(ok(office.call(asesor, 'invoices.create', reconnection(office))).number).toBe('FAC-2026-000002');
  });

  it('refuses bad input next to the field and saves nothing', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    office.sqlite.prepare("UPDATE subscribers SET status = 'CANCELADO' WHERE code = '100009'").run();
    const cases: [Partial<InvoiceInput>, string, string][] = [
      [{ lines: [] }, 'lines', 'Productos: agregue al menos uno'],
      [{ subscriberCode: '999999' }, '', 'No existe un suscriptor con el código 999999.'],
      [{ subscriberCode: '100009' }, 'subscriberCode', 'Código del suscriptor: 100009 está CANCELADO; no se le factura'],
      [{ lines: [{ productId: 1, quantity: 0 }] }, 'lines.0.quantity', 'Cantidad: debe ser mayor que cero'],
      [{ lines: [{ productId: 1, quantity: -2 }] }, 'lines.0.quantity', 'Cantidad: debe ser mayor que cero'],
      [{ partyId: undefined }, 'partyId', 'Tercero: busque por cédula o agréguelo con +'],
      [{ paymentForm: 'CREDITO' }, 'agreement', 'Crédito: indique cuota inicial, número de cuotas y fecha de inicio'],
    ];
    for (const [override, field, message] of cases) {
      const error = failure(office.call(asesor, 'invoices.create', reconnection(office, override)));
      expect(error.message, field).toBe(message);
      if (field) expect(error.issues?.[0]?.field).toBe(field);
    }
    expect(office.count('invoices')).toBe(0);
    expect(office.sqlite.prepare('SELECT count(*) AS n FROM sequences').get()).toEqual({ n: 0 });
  });

  it('lets only a supervisor void an unpaid factura, reversing its charge', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const supervisor = office.login('supervisor');
    const before = balance(office, '100004');
    const invoice = ok(office.call(asesor, 'invoices.create', reconnection(office)));
    expect(
      failure(office.call(asesor, 'invoices.void', { number: invoice.number, reason: 'Se digitó mal el producto' })).code,
    ).toBe('FORBIDDEN');
    expect(
      failure(office.call(supervisor, 'invoices.void', { number: invoice.number, reason: 'corto' })).issues?.[0]?.field,
    ).toBe('reason');
    const voided = ok(office.call(supervisor, 'invoices.void', { number: invoice.number, reason: 'Se digitó mal el producto' }));
    expect(voided.status).toBe('ANULADA');
    expect(voided.voided).toMatchObject({ by: 'Arley Perdomo Losada', reason: 'Se digitó mal el producto' });
    expect(balance(office, '100004')).toBe(before);
    expect(
      failure(office.call(supervisor, 'invoices.void', { number: invoice.number, reason: 'Otra vez por error' })).message,
    ).toContain('ya está ANULADA');
    expect(() => office.sqlite.prepare('DELETE FROM invoices').run()).toThrow('se anula');
    expect(() => office.sqlite.prepare('UPDATE invoice_lines SET unit_price = 1').run()).toThrow('inmutable');
  });

  it('refuses to void a paid factura', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const supervisor = office.login('supervisor');
    const invoice = ok(office.call(asesor, 'invoices.create', reconnection(office)));
    const charge = office.sqlite
      .prepare('SELECT charge_entry_id AS id, subscriber_id AS s FROM invoices WHERE number = ?')
      .get(invoice.number) as { id: number; s: number };
    office.sqlite
      .prepare(
        "INSERT INTO ledger_entries (subscriber_id, entry_date, posted_at, kind, amount, concept, source_type, source_id, applies_to_id) VALUES (?, '2026-11-23', '2026-11-23T15:00:00Z', 'PAYMENT', ?, 'Pago en caja', 'PAYMENT', 1, ?)",
      )
      .run(charge.s, -invoice.total, charge.id);
    expect(ok(office.call(asesor, 'invoices.get', { number: invoice.number })).status).toBe('PAGADA');
    expect(
      failure(office.call(supervisor, 'invoices.void', { number: invoice.number, reason: 'Quiere anularla ya pagada' })).message,
    ).toContain('tiene pagos');
  });

  it('never changes a saved factura when the catalog price changes', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const admin = office.login('admin');
    const invoice = ok(office.call(asesor, 'invoices.create', reconnection(office)));
    const corte = productId(office, 'CORTE');
    expect(
      failure(office.call(admin, 'products.setPrice', { productId: corte, price: 45_000, validFrom: '2026-11-01' })).issues?.[0]
        ?.field,
    ).toBe('validFrom');
    const changed = ok(office.call(admin, 'products.setPrice', { productId: corte, price: 45_000, validFrom: '2026-11-23' }));
    expect(changed.price).toBe(45_000);
    expect(ok(office.call(asesor, 'invoices.get', { number: invoice.number })).lines[0]!.unitPrice).toBe(38_500);
    expect(ok(office.call(asesor, 'invoices.create', reconnection(office))).lines[0]!.unitPrice).toBe(45_000);
  });

  it('CRÉDITO signs the payment agreement with its installments in the ledger', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const before = balance(office, '100004');
    const lines = [{ productId: productId(office, 'ARREGLO DE ACOMETIDA'), quantity: 2 }];
    const tooLittle = failure(
      office.call(
        asesor,
        'invoices.create',
        reconnection(office, {
          paymentForm: 'CREDITO',
          lines,
          agreement: { downPayment: 100_000, installments: 6, firstDueOn: '2026-12-23' },
        }),
      ),
    );
    expect(tooLittle).toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: 'downPayment', message: 'Cuota inicial: mínimo 30 % de la deuda ($\u00a0111.000)' }],
    });
    expect(office.count('invoices')).toBe(0);
    const invoice = ok(
      office.call(
        asesor,
        'invoices.create',
        reconnection(office, {
          paymentForm: 'CREDITO',
          lines,
          agreement: { downPayment: 120_000, installments: 6, firstDueOn: '2026-12-23' },
        }),
      ),
    );
    const agreement = invoice.agreement!;
    expect(agreement).toMatchObject({
      number: 'ACP-2026-000001',
      origin: 'FACTURA',
      debt: 370_000,
      downPayment: 120_000,
      financed: 250_000,
      monthlyRateBp: 150,
      status: 'VIGENTE',
    });
    expect(agreement.installments).toHaveLength(6);
    expect(agreement.installments.reduce((t, i) => t + i.principal, 0)).toBe(250_000);
    expect(invoice.outstanding).toBe(120_000);
    expect(balance(office, '100004')).toBe(before + 370_000 + agreement.totalInterest);
  });

  it('marks an agreement INCUMPLIDA with two overdue installments and CUMPLIDA when paid', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const party = office.sqlite.prepare("SELECT owner_party_id AS id FROM subscribers WHERE code = '100004'").get() as {
      id: number;
    };
    const debt = ok(office.call(asesor, 'subscribers.view', { code: '100004' })).balance + 200_000;
    const invoice = ok(
      office.call(
        asesor,
        'invoices.create',
        reconnection(office, {
          lines: [
            { productId: productId(office, 'ARREGLO DE ACOMETIDA'), quantity: 1 },
            { productId: productId(office, 'CORTE'), quantity: 1 },
          ],
        }),
      ),
    );
    expect(debt).toBeGreaterThan(0);
    const agreement = ok(
      office.call(asesor, 'agreements.createForDebt', {
        requestKey: 'arreglo-0001',
        subscriberCode: '100004',
        partyId: party.id,
        downPayment: Math.ceil(invoice.total * 0.5),
        installments: 3,
        firstDueOn: '2026-12-10',
      }),
    );
    expect(agreement.origin).toBe('DEUDA');
    office.clock.set('2027-01-11T15:00:00Z');
    expect(ok(office.call(office.login('asesor'), 'agreements.get', { number: agreement.number })).status).toBe('INCUMPLIDA');
  });
});
