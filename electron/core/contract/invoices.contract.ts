import { z } from 'zod';
import { INVOICE_STATUSES, PAYMENT_FORMS, PRODUCT_CATEGORIES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { agreementTerms, agreementView } from './agreements.contract';
import { mutation, query } from './define';
import { id, requestKey, requiredText, subscriberCode, text } from './fields';
import { partyRow } from './parties.contract';
import { subscriberSummary } from './subscribers.contract';

const counter = rolesOf('SUSCRIPTOR');

export const MAX_INVOICE_LINES = 30;

export const invoiceLineInput = z.strictObject({
  productId: id,
  quantity: z
    .number({ error: 'Cantidad: escriba un número' })
    .int({ error: 'Cantidad: un número entero' })
    .min(1, { error: 'Cantidad: debe ser mayor que cero' })
    .max(999, { error: 'Cantidad: máximo 999' }),
});

/** The FACTURA form: the same schema checks the screen and the procedure. */
export const invoiceInput = z
  .strictObject({
    requestKey,
    paymentForm: z.enum(PAYMENT_FORMS, { error: 'Forma de pago: CONTADO o CRÉDITO' }),
    subscriberCode,
    partyId: id.optional().refine((v) => v !== undefined, { error: 'Tercero: busque por cédula o agréguelo con +' }),
    lines: z
      .array(invoiceLineInput, { error: 'Productos: agregue al menos uno' })
      .min(1, { error: 'Productos: agregue al menos uno' })
      .max(MAX_INVOICE_LINES, { error: `Productos: máximo ${MAX_INVOICE_LINES}` }),
    observation: requiredText('Observación', 500),
    /** Required for CRÉDITO: the payment agreement signed with the factura. */
    agreement: agreementTerms.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.paymentForm === 'CREDITO' && !v.agreement) {
      ctx.addIssue({
        code: 'custom',
        path: ['agreement'],
        message: 'Crédito: indique cuota inicial, número de cuotas y fecha de inicio',
      });
    }
  });
export type InvoiceInput = z.input<typeof invoiceInput>;

export const invoiceView = z.object({
  id: z.number(),
  number: z.string(),
  paymentForm: z.enum(PAYMENT_FORMS),
  status: z.enum(INVOICE_STATUSES),
  subscriber: subscriberSummary,
  party: partyRow,
  lines: z.array(
    z.object({
      lineNo: z.number(),
      productId: z.number(),
      code: z.string(),
      name: z.string(),
      category: z.enum(PRODUCT_CATEGORIES),
      quantity: z.number(),
      unitPrice: z.number(),
      amount: z.number(),
    }),
  ),
  total: z.number(),
  /** What is still owed on it. */
  outstanding: z.number(),
  observation: z.string(),
  createdAt: z.string(),
  dueOn: z.string(),
  asesor: z.object({ fullName: z.string(), documentNumber: z.string() }),
  voided: z.object({ at: z.string(), by: z.string(), byDocument: z.string(), reason: z.string() }).nullable(),
  agreement: agreementView.nullable(),
});
export type InvoiceView = z.infer<typeof invoiceView>;

export const invoiceNumber = z
  .string({ error: 'Número de factura: escríbalo' })
  .trim()
  .toUpperCase()
  .regex(/^FAC-\d{4}-\d{6}$/, { error: 'Número de factura: con el formato FAC-2026-000123' });

export const invoicesContract = {
  'invoices.create': mutation(counter, invoiceInput, invoiceView),
  'invoices.get': query(rolesOf('SUSCRIPTOR', 'RECAUDO', 'CAJA'), z.strictObject({ number: invoiceNumber }), invoiceView),
  'invoices.bySubscriber': query(
    rolesOf('SUSCRIPTOR', 'RECAUDO'),
    z.strictObject({ code: subscriberCode }),
    z.array(
      z.object({
        number: z.string(),
        createdAt: z.string(),
        total: z.number(),
        outstanding: z.number(),
        status: z.enum(INVOICE_STATUSES),
        paymentForm: z.enum(PAYMENT_FORMS),
      }),
    ),
  ),
  /** SUPERVISOR only: an unpaid factura, with the reason printed on the void notice. */
  'invoices.void': mutation(
    ['SUPERVISOR'],
    z.strictObject({
      number: invoiceNumber,
      reason: text('Motivo', 300).min(10, { error: 'Motivo: explique en al menos 10 caracteres' }),
    }),
    invoiceView,
  ),
};
