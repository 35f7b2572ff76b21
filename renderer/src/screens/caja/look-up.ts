import { call, type Result } from '../../api';
import type { Coupon, Invoice } from './use-collect';

/** What the number typed at CAJA named: a coupon, or a factura that still owes (seed 004). */
export type Found = { kind: 'CUPON'; coupon: Coupon } | { kind: 'FACTURA'; invoice: Invoice };

/**
 * The coupon or factura a number names, as the core answers for it. A coupon comes back
 * whatever its state (the screen says why a PAGADO or VENCIDO one is not paid); a factura
 * that cannot be collected (PAGADA, ANULADA, unknown) is refused with the core's message.
 */
export async function lookUp(kind: Found['kind'], number: string): Promise<Result<Found>> {
  if (kind === 'FACTURA') {
    const result = await call('cash.invoice', { number });
    return result.ok ? { ok: true, data: { kind, invoice: result.data } } : result;
  }
  const result = await call('coupons.get', { number });
  return result.ok ? { ok: true, data: { kind, coupon: result.data } } : result;
}
