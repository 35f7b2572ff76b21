import type { couponsContract } from '../contract/coupons.contract';
import type { HandlersOf } from '../handler';
import { couponByNumber, couponsOf, createCoupon, owedBy } from './coupons.service';

export const couponsHandlers = {
  'coupons.owed': (ctx, input) => owedBy(ctx, input.code),
  'coupons.create': createCoupon,
  'coupons.get': (ctx, input) => couponByNumber(ctx, input.number),
  'coupons.bySubscriber': (ctx, input) => couponsOf(ctx, input.code),
} satisfies HandlersOf<typeof couponsContract>;
