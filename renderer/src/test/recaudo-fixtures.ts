import type { Input } from '../api';
import { summary } from './fixtures';
import type { CouponView, OwedItem, OwedView } from '../components/abono/abono-draft';

/** RECAUDO test data: a subscriber owing two periodic bills and a factura, oldest first. */
export const SUBSCRIBER = summary('100001', 'Esperanza Torres Muñoz', { ownerDocument: '1092038660' });

const item = (chargeId: number, concept: string, reference: string | null, dueOn: string, outstanding: number): OwedItem => ({
  chargeId,
  source: reference ? 'INVOICE' : 'PERIODIC_BILL',
  concept,
  reference,
  entryDate: dueOn.replace(/-\d\d$/, '-05'),
  dueOn,
  overdue: dueOn < '2026-11-23',
  amount: outstanding,
  outstanding,
});

export const OWED: OwedView = {
  subscriber: SUBSCRIBER,
  items: [
    item(11, 'Factura de servicios 2026-09', null, '2026-10-20', 58_740),
    item(12, 'Factura de servicios 2026-10', null, '2026-11-20', 62_500),
    item(13, 'RECONEXIÓN DEL SERVICIO', 'FAC-2026-000123', '2026-12-03', 52_300),
  ],
  total: 173_540,
  overdue: 121_240,
};

/** The coupon the core would make of a coupons.create input, oldest first. */
export function couponOf(input: Input<'coupons.create'>, number = 'CUP-2026-000077'): CouponView {
  const chosen = OWED.items.filter((i) => input.chargeIds.includes(i.chargeId));
  let left = input.amount ?? chosen.reduce((t, i) => t + i.outstanding, 0);
  const total = left;
  const items = chosen.flatMap((i, n) => {
    const amount = Math.min(left, i.outstanding);
    left -= amount;
    return amount > 0
      ? [{ lineNo: n + 1, chargeId: i.chargeId, concept: i.concept, reference: i.reference, dueOn: i.dueOn, amount }]
      : [];
  });
  return {
    id: 77,
    number,
    status: 'VIGENTE',
    subscriber: SUBSCRIBER,
    party: null,
    items,
    total,
    invoices: items.flatMap((i) => (i.reference?.startsWith('FAC-') ? [i.reference] : [])),
    validUntil: '2026-11-28',
    createdAt: '2026-11-23T15:04:05.000Z',
    asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
    receiptNumber: null,
  };
}
