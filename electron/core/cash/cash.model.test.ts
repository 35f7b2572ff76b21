import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testOffice } from '../../../db/testing';
import { checkInvariants } from './cash.invariants';
import { chooseAccounts, setup } from './cash.model';
import { Arreglo, CreateCoupon, CreateFactura, VoidFactura } from './cash.model-counter';
import { CloseDesk, Collect, DeclareCount, EndOfDay, NextDay, OpenDesk, Retry, VoidReceipt } from './cash.model-desk';
import { seen } from './cash.model-steps';

const account = fc.nat({ max: 2 });
const pick = fc.nat({ max: 1_000 });
const lines = fc.array(fc.record({ product: fc.nat({ max: 5 }), quantity: fc.integer({ min: 1, max: 3 }) }), {
  minLength: 1,
  maxLength: 3,
});
const terms = fc.record({ downPct: fc.integer({ min: 0, max: 100 }), installments: fc.integer({ min: 1, max: 40 }) });

const contado = fc.tuple(account, lines).map(([a, l]) => new CreateFactura(a, l, null));
const credito = fc.tuple(account, lines, terms).map(([a, l, t]) => new CreateFactura(a, l, t));
const arreglo = fc.tuple(account, terms).map(([a, t]) => new Arreglo(a, t));
const coupon = fc
  .tuple(pick, fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), fc.option(fc.integer({ min: 1, max: 99 })))
  .map(([p, mask, abono]) => new CreateCoupon(p, mask, abono));
const collect = fc
  .tuple(pick, fc.boolean(), fc.boolean(), fc.constantFrom(0, 0, 500, 12_345), fc.boolean())
  .map(([p, fresh, split, change, twice]) => new Collect(p, fresh, split, change, twice));
const retry = fc.tuple(pick, fc.boolean()).map(([p, other]) => new Retry(p, other));
const voidReceipt = fc
  .tuple(pick, fc.constantFrom(true, true, true, false), fc.constantFrom(false, false, false, true))
  .map(([p, recent, wrong]) => new VoidReceipt(p, recent, wrong));
const openingFloat = fc.constantFrom(0, 100_000, 250_000);
const delta = fc.constantFrom(0, 0, -2_000, 1_000);

/** A day at the office: mostly coupons and payments, now and then a void, a count or a new day. */
const step = fc.oneof(
  { weight: 3, arbitrary: contado },
  { weight: 2, arbitrary: credito },
  { weight: 2, arbitrary: arreglo },
  { weight: 5, arbitrary: coupon },
  { weight: 1, arbitrary: pick.map((p) => new VoidFactura(p)) },
  { weight: 1, arbitrary: openingFloat.map((f) => new OpenDesk(f)) },
  { weight: 8, arbitrary: collect },
  { weight: 2, arbitrary: retry },
  { weight: 4, arbitrary: voidReceipt },
  { weight: 1, arbitrary: delta.map((d) => new DeclareCount(d)) },
  { weight: 1, arbitrary: fc.boolean().map((explained) => new CloseDesk(explained)) },
  { weight: 1, arbitrary: fc.constant(new NextDay()) },
  { weight: 1, arbitrary: fc.tuple(delta, openingFloat).map(([d, f]) => new EndOfDay(d, f)) },
);

describe('RECAUDO and CAJA against a model', () => {
  it('keeps money, debts, numbers and receipts right after every step, refused or not', () => {
    seen.clear();
    const sample = testOffice();
    const codes = chooseAccounts(sample);
    sample.close();
    fc.assert(
      fc.property(fc.commands([step], { maxCommands: 40, size: 'max' }), (steps) => {
        const office = testOffice();
        try {
          fc.modelRun(() => {
            const start = setup(office, codes);
            checkInvariants(start.model, start.real);
            return start;
          }, steps);
        } finally {
          office.close();
        }
      }),
      // A fixed seed: the same 30 runs every time, so the tally below cannot fail by chance.
      { numRuns: 30, seed: 20261207 },
    );
    const tally = Object.fromEntries(seen);
    // Every path really ran, not only refusals.
    for (const path of [
      'factura contado',
      'factura crédito',
      'arreglo',
      'cupón abono',
      'cupón completo',
      'cobro en efectivo',
      'cobro dividido',
      'doble Enter',
      'reintento',
      'clave reutilizada',
      'recibo anulado',
      'factura anulada',
      'corte',
      'arqueo con diferencia',
      'día siguiente',
    ]) {
      expect(tally[path] ?? 0, `${path} in ${JSON.stringify(tally)}`).toBeGreaterThan(2);
    }
  });
});
