import { z } from 'zod';
import { TENDER_METHODS } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { couponNumber, couponView } from './coupons.contract';
import { mutation, query } from './define';
import { invoiceNumber, invoiceView } from './invoices.contract';
import { id, lineText, money, passwordAttempt, requestKey, text, username } from './fields';

const cashier = rolesOf('CAJA');
const readers = rolesOf('CAJA', 'REPORTES');

export const CASH_SESSION_STATUSES = ['ABIERTA', 'EN_ARQUEO', 'CERRADA'] as const;
export const MAX_TENDERS = 4;

const positive = (label: string) => money.refine((v) => v > 0, { error: `${label}: debe ser mayor que cero` });

export const tenderInput = z
  .strictObject({
    method: z.enum(TENDER_METHODS, { error: 'Medio de pago: efectivo, tarjeta, transferencia o consignación' }),
    amount: positive('Valor'),
    /** Efectivo: what the user handed over; the difference is the change. */
    tendered: positive('Recibido').optional(),
    /** Voucher, transfer or deposit number; required except for efectivo. */
    reference: lineText('Referencia', 60).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.method === 'EFECTIVO' && t.tendered !== undefined && t.tendered < t.amount) {
      ctx.addIssue({ code: 'custom', path: ['tendered'], message: 'Recibido: no alcanza para el valor en efectivo' });
    }
    if (t.method !== 'EFECTIVO' && (t.reference ?? '').length < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['reference'],
        message: 'Referencia: escriba el número del voucher o de la transacción',
      });
    }
  });

/** The medios de pago of one payment: at least one, and the cash in a single line. */
export const tendersInput = z
  .array(tenderInput, { error: 'Medios de pago: indique al menos uno' })
  .min(1, { error: 'Medios de pago: indique al menos uno' })
  .max(MAX_TENDERS, { error: `Medios de pago: máximo ${MAX_TENDERS}` })
  .superRefine((tenders, ctx) => {
    if (tenders.filter((t) => t.method === 'EFECTIVO').length > 1) {
      ctx.addIssue({ code: 'custom', message: 'Medios de pago: el efectivo va en una sola línea' });
    }
  });

export const collectInput = z.strictObject({ requestKey, couponNumber, tenders: tendersInput });
export type CollectInput = z.input<typeof collectInput>;

/** Seed 004: the user brings the factura's number to CAJA, not a coupon. */
export const collectInvoiceInput = z.strictObject({ requestKey, invoiceNumber, tenders: tendersInput });
export type CollectInvoiceInput = z.input<typeof collectInvoiceInput>;

const person = z.object({ fullName: z.string(), documentNumber: z.string() });

export const cashSessionView = z.object({
  id: z.number(),
  cashier: person,
  workstation: z.string(),
  businessDate: z.string(),
  openedAt: z.string(),
  openingFloat: z.number(),
  status: z.enum(CASH_SESSION_STATUSES),
  /** Opened on an earlier day: it must be closed before collecting again. */
  stale: z.boolean(),
  receipts: z.number(),
  /**
   * Collected and not voided, every method; null for the session's own cashier until the
   * count is declared while the office counts blind (setting cash.blindClose).
   */
  collected: z.number().nullable(),
  closeNumber: z.string().nullable(),
});
export type CashSessionView = z.infer<typeof cashSessionView>;

export const receiptView = z.object({
  id: z.number(),
  number: z.string(),
  status: z.enum(['PAGADO', 'ANULADO']),
  coupon: couponView,
  tenders: z.array(
    z.object({ method: z.enum(TENDER_METHODS), amount: z.number(), tendered: z.number().nullable(), reference: z.string() }),
  ),
  total: z.number(),
  change: z.number(),
  paidAt: z.string(),
  cashier: person,
  cashSessionId: z.number(),
  void: z
    .object({ number: z.string(), at: z.string(), reason: z.string(), requestedBy: z.string(), approvedBy: z.string() })
    .nullable(),
});
export type ReceiptView = z.infer<typeof receiptView>;

/**
 * A receipt in the list of the cashier's open session: enough to find it again, with no
 * method of payment, so that no running total by method is on screen before the count.
 */
export const sessionReceipt = z.object({
  number: z.string(),
  status: z.enum(['PAGADO', 'ANULADO']),
  paidAt: z.string(),
  total: z.number(),
  couponNumber: z.string(),
  subscriberCode: z.string(),
  voidNumber: z.string().nullable(),
});
export type SessionReceipt = z.infer<typeof sessionReceipt>;

export const denominationCount = z.strictObject({
  denomination: z.number({ error: 'Denominación: no válida' }).int({ error: 'Denominación: no válida' }).positive(),
  quantity: z
    .number({ error: 'Cantidad: escriba un número' })
    .int({ error: 'Cantidad: un número entero' })
    .min(0, { error: 'Cantidad: no puede ser negativa' })
    .max(1_000_000, { error: 'Cantidad: demasiado grande' }),
});

export const closeReport = z.object({
  session: cashSessionView,
  currency: z.enum(['COP', 'MXN']),
  closedAt: z.string().nullable(),
  count: z.array(z.object({ denomination: z.number(), quantity: z.number(), subtotal: z.number() })),
  countedCash: z.number(),
  expectedCash: z.number(),
  /** counted − expected: negative is a shortage (faltante), positive an overage (sobrante). */
  difference: z.number(),
  note: z.string(),
  byMethod: z.array(z.object({ method: z.enum(TENDER_METHODS), receipts: z.number(), amount: z.number() })),
  receipts: z.array(
    z.object({
      number: z.string(),
      couponNumber: z.string(),
      subscriberCode: z.string(),
      paidAt: z.string(),
      amount: z.number(),
      voided: z.boolean(),
    }),
  ),
  voids: z.array(
    z.object({
      number: z.string(),
      receiptNumber: z.string(),
      amount: z.number(),
      reason: z.string(),
      approvedBy: z.string(),
      at: z.string(),
    }),
  ),
  /** Collected minus voided, every method. */
  netCollected: z.number(),
});
export type CloseReport = z.infer<typeof closeReport>;

export const receiptNumber = z
  .string({ error: 'Número de recibo: escríbalo' })
  .trim()
  .toUpperCase()
  .regex(/^REC-\d{4}-\d{6}$/, { error: 'Número de recibo: con el formato REC-2026-000123' });

export const cashContract = {
  /** The cashier's open session (if any) and the denominations of the office's currency. */
  'cash.current': query(
    cashier,
    z.strictObject({}),
    z.object({ session: cashSessionView.nullable(), currency: z.enum(['COP', 'MXN']), denominations: z.array(z.number()) }),
  ),
  'cash.open': mutation(
    cashier,
    z.strictObject({ openingFloat: money.refine((v) => v >= 0, { error: 'Base de caja: no puede ser negativa' }) }),
    cashSessionView,
  ),
  /** REGISTRAR: the coupon paid, exactly once per request key. */
  'cash.collect': mutation(cashier, collectInput, receiptView),
  /** A factura typed at CAJA: what it still owes, or why it cannot be collected (paid, voided). */
  'cash.invoice': query(cashier, z.strictObject({ number: invoiceNumber }), invoiceView),
  /** REGISTRAR of a factura: exactly what it owes, paid through a coupon issued for it in the same transaction. */
  'cash.collectInvoice': mutation(cashier, collectInvoiceInput, receiptView),
  'cash.receipt': query(readers, z.strictObject({ number: receiptNumber }), receiptView),
  /** The receipts of the cashier's open session, newest first (each one whole through cash.receipt). */
  'cash.receipts': query(cashier, z.strictObject({}), z.array(sessionReceipt)),
  /** A cashier asks, a supervisor approves with their own user and password. */
  'cash.voidReceipt': mutation(
    cashier,
    z.strictObject({
      receiptNumber,
      reason: text('Motivo', 300).refine((s) => s.length >= 10, { error: 'Motivo: explique en al menos 10 caracteres' }),
      supervisorUsername: username,
      supervisorPassword: passwordAttempt,
    }),
    receiptView,
  ),
  /** Blind count: saved once; only then is the expected cash revealed. */
  'cash.declareCount': mutation(
    cashier,
    z.strictObject({
      count: z
        .array(denominationCount, { error: 'Arqueo: indique las cantidades' })
        .min(1, { error: 'Arqueo: indique las cantidades' })
        .max(40),
    }),
    closeReport,
  ),
  /** Corte de caja: numbered, and the session never changes again. */
  'cash.close': mutation(cashier, z.strictObject({ note: text('Observación', 500) }), closeReport),
  /** A cashier reads the reports of their own sessions; report readers, any. */
  'cash.closeReport': query(readers, z.strictObject({ sessionId: id }), closeReport),
};
