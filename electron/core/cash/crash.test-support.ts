import type { Input } from '../contract';

/**
 * What the crash test's desk pays a coupon with: half in efectivo and half by card on every
 * third coupon, so split tenders crash too. Decided by the coupon alone, so a retry sends
 * exactly what was sent before, as the screen does with its request key.
 */
export function crashTenders(coupon: string, total: number): Input<'cash.collect'>['tenders'] {
  const n = Number(coupon.slice(-6));
  const cash = n % 3 === 0 && total > 1 ? Math.floor(total / 2) : total;
  const tenders: Input<'cash.collect'>['tenders'] = [{ method: 'EFECTIVO', amount: cash, tendered: cash + 500 }];
  if (cash < total) tenders.push({ method: 'TARJETA', amount: total - cash, reference: `VOUCHER ${n}` });
  return tenders;
}
