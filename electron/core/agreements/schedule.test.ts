import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_INSTALLMENT, frenchSchedule } from './schedule';

describe('French amortisation schedule', () => {
  it('matches a schedule worked by hand', () => {
    // 1,000,000 at 1.5 % a month in 12 installments: level payment 91,680.
    const s = frenchSchedule(1_000_000, 12, 150, '2026-12-15');
    expect(s[0]).toEqual({
      n: 1,
      dueOn: '2026-12-15',
      principal: 76_680,
      interest: 15_000,
      amount: 91_680,
      balanceAfter: 923_320,
    });
    expect(s[1]!.interest).toBe(13_850);
    expect(s.at(-1)!.dueOn).toBe('2027-11-15');
    expect(s.reduce((t, i) => t + i.principal, 0)).toBe(1_000_000);
  });

  it('divides without interest and keeps the remainder for the last installment', () => {
    const s = frenchSchedule(100_000, 3, 0, '2027-01-31');
    expect(s.map((i) => i.amount)).toEqual([33_333, 33_333, 33_334]);
    expect(s.map((i) => i.dueOn)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  });

  it('always sums to the financed amount plus interest, none negative, last absorbs rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 50_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 500 }),
        (base, count, bp) => {
          // The agreement refuses installments under MIN_INSTALLMENT pesos, so no schedule is that thin.
          const financed = Math.max(base, count * MIN_INSTALLMENT);
          const s = frenchSchedule(financed, count, bp, '2026-11-23');
          expect(s).toHaveLength(count);
          expect(s.reduce((t, i) => t + i.principal, 0)).toBe(financed);
          expect(s.reduce((t, i) => t + i.amount, 0)).toBe(financed + s.reduce((t, i) => t + i.interest, 0));
          for (const i of s) {
            expect(i.principal).toBeGreaterThanOrEqual(0);
            expect(i.interest).toBeGreaterThanOrEqual(0);
            expect(Number.isInteger(i.amount)).toBe(true);
          }
          expect(s.at(-1)!.balanceAfter).toBe(0);
          // Only the last installment differs from the level payment, by the rounding remainders.
          const levels = new Set(s.slice(0, -1).map((i) => i.amount));
          expect(levels.size).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
