import { COUPON, receipt } from '../../documents/caja/caja-fixtures';
import type { CashCurrent, CashSession } from './use-cash-session';
import type { SessionReceipt } from './use-session-receipts';
import type { Coupon, Receipt } from './use-collect';

/** The core's answers as CAJA's screen tests need them. */
export const VIGENTE: Coupon = { ...COUPON, status: 'VIGENTE', receiptNumber: null };

export const SESSION: CashSession = {
  id: 3,
  cashier: { fullName: 'Martha Lucía Cuéllar', documentNumber: '1117498765' },
  workstation: 'CAJA-01',
  businessDate: '2026-11-23',
  openedAt: '2026-11-23T12:58:00.000Z',
  openingFloat: 200_000,
  status: 'ABIERTA',
  stale: false,
  receipts: 0,
  // Arqueo ciego: the cashier's own open session shows no running total.
  collected: null,
  closeNumber: null,
};

export const DENOMINATIONS = [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50];

export const current = (session: Partial<CashSession> | null = {}): CashCurrent => ({
  session: session && { ...SESSION, ...session },
  currency: 'COP',
  denominations: DENOMINATIONS,
});

/** The receipt cash.collect returns for VIGENTE paid with these tenders. */
export function paidWith(tenders: Receipt['tenders'], change: number): Receipt {
  return receipt({ coupon: { ...VIGENTE, status: 'PAGADO', receiptNumber: 'REC-2026-000045' }, tenders, change });
}

/** A receipt as cash.receipts lists it (no method of payment). */
export const listed = (r: Receipt): SessionReceipt => ({
  number: r.number,
  status: r.status,
  paidAt: r.paidAt,
  total: r.total,
  couponNumber: r.coupon.number,
  subscriberCode: r.coupon.subscriber.code,
  voidNumber: r.void?.number ?? null,
});
