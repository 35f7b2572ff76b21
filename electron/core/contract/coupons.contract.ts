import { z } from 'zod';
import { COUPON_STATUSES, LEDGER_SOURCES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { id, money, requestKey, subscriberCode } from './fields';
import { subscriberSummary } from './subscribers.contract';

const counter = rolesOf('RECAUDO', 'SUSCRIPTOR');
/** Maximum debts one coupon can pay. */
export const MAX_COUPON_ITEMS = 60;

/** One debt the subscriber still owes, as RECAUDO → ABONO lists it (oldest first). */
export const owedItem = z.object({
  chargeId: z.number(),
  source: z.enum(LEDGER_SOURCES),
  concept: z.string(),
  /** The factura or agreement it belongs to, when it is one. */
  reference: z.string().nullable(),
  entryDate: z.string(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  amount: z.number(),
  outstanding: z.number(),
});
export type OwedItem = z.infer<typeof owedItem>;

export const owedView = z.object({
  subscriber: subscriberSummary,
  items: z.array(owedItem),
  total: z.number(),
  overdue: z.number(),
});

export const couponInput = z
  .strictObject({
    requestKey,
    subscriberCode,
    partyId: id.optional(),
    chargeIds: z
      .array(id, { error: 'Deudas: elija al menos una' })
      .min(1, { error: 'Deudas: elija al menos una' })
      .max(MAX_COUPON_ITEMS, { error: `Deudas: máximo ${MAX_COUPON_ITEMS} por cupón` }),
    /** An abono: less than the chosen debts, applied oldest first. Omitted: all of them. */
    amount: money.refine((v) => v > 0, { error: 'Valor a pagar: debe ser mayor que cero' }).optional(),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.chargeIds).size !== v.chargeIds.length) {
      ctx.addIssue({ code: 'custom', path: ['chargeIds'], message: 'Deudas: cada deuda una sola vez' });
    }
  });
export type CouponInput = z.input<typeof couponInput>;

export const couponView = z.object({
  id: z.number(),
  number: z.string(),
  status: z.enum(COUPON_STATUSES),
  subscriber: subscriberSummary,
  party: z.object({ id: z.number(), fullName: z.string(), documentNumber: z.string() }).nullable(),
  items: z.array(
    z.object({
      lineNo: z.number(),
      chargeId: z.number(),
      concept: z.string(),
      reference: z.string().nullable(),
      dueOn: z.string().nullable(),
      amount: z.number(),
    }),
  ),
  total: z.number(),
  /** The facturas whose debt it pays (a coupon issued at CAJA for a factura pays just that one). */
  invoices: z.array(z.string()),
  validUntil: z.string(),
  createdAt: z.string(),
  asesor: z.object({ fullName: z.string(), documentNumber: z.string() }),
  /** The receipt that paid it (not voided), when PAGADO. */
  receiptNumber: z.string().nullable(),
});
export type CouponView = z.infer<typeof couponView>;

export const couponNumber = z
  .string({ error: 'Número de cupón: escríbalo o escanéelo' })
  .trim()
  .toUpperCase()
  .regex(/^CUP-\d{4}-\d{6}$/, { error: 'Número de cupón: con el formato CUP-2026-000123' });

export const couponsContract = {
  /** RECAUDO → ABONO: what the subscriber owes, oldest first. */
  'coupons.owed': query(counter, z.strictObject({ code: subscriberCode }), owedView),
  /** GENERAR → OK: a coupon for the chosen debts, or an abono over them. */
  'coupons.create': mutation(counter, couponInput, couponView),
  'coupons.get': query(rolesOf('RECAUDO', 'SUSCRIPTOR', 'CAJA'), z.strictObject({ number: couponNumber }), couponView),
  'coupons.bySubscriber': query(counter, z.strictObject({ code: subscriberCode }), z.array(couponView)),
};
