import { describe, expect, it } from 'vitest';
import { couponNumber } from '../../../../electron/core/contract/coupons.contract';
import { normaliseCouponNumber } from './coupon-number';

describe('normaliseCouponNumber', () => {
  it.each([
    ['CUP-2026-000123', 'CUP-2026-000123'],
    ['cup-2026-000123', 'CUP-2026-000123'],
    ['  CUP 2026 000123  ', 'CUP-2026-000123'],
    // A scanner set to a US layout on a Spanish keyboard sends the dash as ' or ?.
    ["CUP'2026'000123", 'CUP-2026-000123'],
    ['CUP?2026?000123', 'CUP-2026-000123'],
    ['CUP2026000123', 'CUP-2026-000123'],
    ['2026000123', 'CUP-2026-000123'],
  ])('reads %j as %s', (typed, number) => {
    expect(normaliseCouponNumber(typed)).toBe(number);
    expect(couponNumber.safeParse(normaliseCouponNumber(typed)).success).toBe(true);
  });

  it.each(['REC-2026-000123', 'CUP-2026-00012', 'CUP-26-000123', 'cupón 5', ''])(
    'leaves %j for the schema to refuse',
    (typed) => {
      expect(couponNumber.safeParse(normaliseCouponNumber(typed)).success).toBe(false);
    },
  );
});
