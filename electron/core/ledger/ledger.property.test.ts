import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testOffice, type TestOffice } from '../../../db/testing';

type Step =
  | { kind: 'factura'; credit: boolean; quantities: number[]; down: number; installments: number }
  | { kind: 'void'; pick: number }
  | { kind: 'arreglo'; down: number; installments: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('factura' as const),
    credit: fc.boolean(),
    quantities: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    down: fc.integer({ min: 20, max: 90 }),
    installments: fc.integer({ min: 1, max: 24 }),
  }),
  fc.record({ kind: fc.constant('void' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('arreglo' as const),
    down: fc.integer({ min: 20, max: 90 }),
    installments: fc.integer({ min: 1, max: 12 }),
  }),
);

/** Money is conserved: the balance is charges minus everything applied to them, and no debt goes below zero. */
function checkLedger(office: TestOffice, subscriberId: number): void {
  const totals = office.sqlite
    .prepare(
      `SELECT coalesce(sum(amount), 0) AS balance,
              coalesce(sum(CASE WHEN kind = 'CHARGE' THEN amount END), 0) AS charges,
              coalesce(sum(CASE WHEN kind = 'PAYMENT' THEN -amount END), 0) AS payments,
              coalesce(sum(CASE WHEN kind IN ('REVERSAL', 'FINANCED') THEN -amount END), 0) AS reversed
       FROM ledger_entries WHERE subscriber_id = ?`,
    )
    .get(subscriberId) as { balance: number; charges: number; payments: number; reversed: number };
  expect(totals.balance).toBe(totals.charges - totals.payments - totals.reversed);
  const negative = office.sqlite
    .prepare(
      `SELECT count(*) AS n FROM ledger_entries c WHERE c.subscriber_id = ? AND c.kind = 'CHARGE'
       AND c.amount + coalesce((SELECT sum(a.amount) FROM ledger_entries a WHERE a.applies_to_id = c.id), 0) < 0`,
    )
    .get(subscriberId) as { n: number };
  expect(negative.n).toBe(0);
  const orphans = office.sqlite
    .prepare(
      "SELECT count(*) AS n FROM ledger_entries WHERE kind <> 'CHARGE' AND applies_to_id IS NULL AND source_type <> 'PAYMENT'",
    )
    .get() as { n: number };
  expect(orphans.n).toBe(0);
}

describe('the ledger under facturas, agreements and voids', () => {
  it('conserves money after every step, and voids restore the balance', () => {
    const done = { facturas: 0, creditos: 0, anuladas: 0, arreglos: 0 };
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const office = testOffice({ subscribers: 3 });
        const asesor = office.login('asesor');
        const supervisor = office.login('supervisor');
        const { id: subscriberId, party } = office.sqlite
          .prepare("SELECT id, owner_party_id AS party FROM subscribers WHERE code = '100002'")
          .get() as { id: number; party: number };
        const products = (office.sqlite.prepare('SELECT id FROM products ORDER BY id LIMIT 4').all() as { id: number }[]).map(
          (p) => p.id,
        );
        const saved: { number: string; balanceBefore: number; agreementCount: number }[] = [];
        const balance = () =>
          (
            office.sqlite
              .prepare('SELECT coalesce(sum(amount), 0) AS b FROM ledger_entries WHERE subscriber_id = ?')
              .get(subscriberId) as { b: number }
          ).b;
        steps.forEach((s, i) => {
          if (s.kind === 'factura') {
            const lines = s.quantities.map((quantity, j) => ({ productId: products[j % products.length]!, quantity }));
            const before = balance();
            const total = lines.reduce((t, l) => t + l.quantity * 50_000, 0);
            const result = office.call(asesor, 'invoices.create', {
              requestKey: `paso-${i}-factura`,
              paymentForm: s.credit ? 'CREDITO' : 'CONTADO',
              subscriberCode: '100002',
              partyId: party,
              lines,
              observation: 'prueba de propiedad',
              agreement: s.credit
                ? { downPayment: Math.round((total * s.down) / 100), installments: s.installments, firstDueOn: '2027-01-15' }
                : undefined,
            });
            if (result.ok) done[s.credit ? 'creditos' : 'facturas']++;
            if (result.ok)
              saved.push({
                number: result.data.number,
                balanceBefore: before,
                agreementCount: office.count('payment_agreements'),
              });
          } else if (s.kind === 'void' && saved.length > 0) {
            const target = saved[s.pick % saved.length]!;
            const last = saved.at(-1) === target && office.count('payment_agreements') === target.agreementCount;
            const result = office.call(supervisor, 'invoices.void', { number: target.number, reason: 'Prueba de anulación' });
            // Voiding the latest factura, with nothing signed after it, puts the account back as it was.
            if (result.ok) done.anuladas++;
            if (result.ok && last) expect(balance()).toBe(target.balanceBefore);
          } else if (s.kind === 'arreglo') {
            const debt = balance();
            const signed = office.call(asesor, 'agreements.createForDebt', {
              requestKey: `paso-${i}-arreglo`,
              subscriberCode: '100002',
              partyId: party,
              downPayment: Math.round((Math.max(debt, 0) * s.down) / 100),
              installments: s.installments,
              firstDueOn: '2027-01-15',
            });
            if (signed.ok) done.arreglos++;
          }
          checkLedger(office, subscriberId);
        });
        office.close();
      }),
      { numRuns: 40, seed: 142 },
    );
    // The generated steps really exercise every path, not only refusals.
    for (const count of Object.values(done)) expect(count).toBeGreaterThan(3);
  });
});
