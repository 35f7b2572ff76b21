import { z } from 'zod';
import { AGREEMENT_ORIGINS, AGREEMENT_STATUSES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { civilDate, id, money, requestKey, subscriberCode } from './fields';

const counter = rolesOf('SUSCRIPTOR', 'RECAUDO');

/** What the asesor agrees with the user. Interest and limits come from the settings. */
export const agreementTerms = z.strictObject({
  downPayment: money.refine((v) => v >= 0, { error: 'Cuota inicial: no puede ser negativa' }),
  installments: z
    .number({ error: 'Número de cuotas: escriba un número' })
    .int({ error: 'Número de cuotas: un número entero' })
    .min(1, { error: 'Número de cuotas: al menos 1' })
    .max(60, { error: 'Número de cuotas: máximo 60' }),
  firstDueOn: civilDate,
});
export type AgreementTerms = z.infer<typeof agreementTerms>;

export const installmentRow = z.object({
  n: z.number(),
  dueOn: z.string(),
  principal: z.number(),
  interest: z.number(),
  amount: z.number(),
  balanceAfter: z.number(),
});

export const schedulePreview = z.object({
  debt: z.number(),
  downPayment: z.number(),
  minDownPayment: z.number(),
  financed: z.number(),
  monthlyRateBp: z.number(),
  totalInterest: z.number(),
  installments: z.array(installmentRow),
});

export const agreementView = z.object({
  id: z.number(),
  number: z.string(),
  origin: z.enum(AGREEMENT_ORIGINS),
  /** Who signed it for the office. */
  asesor: z.object({ fullName: z.string(), documentNumber: z.string() }),
  status: z.enum(AGREEMENT_STATUSES),
  subscriberCode: z.string(),
  partyId: z.number(),
  invoiceNumber: z.string().nullable(),
  debt: z.number(),
  downPayment: z.number(),
  financed: z.number(),
  monthlyRateBp: z.number(),
  totalInterest: z.number(),
  createdAt: z.string(),
  installments: z.array(installmentRow.extend({ outstanding: z.number(), overdue: z.boolean() })),
});
export type AgreementView = z.infer<typeof agreementView>;

export const agreementNumber = z
  .string({ error: 'Número de acuerdo: escríbalo' })
  .trim()
  .toUpperCase()
  .regex(/^ACP-\d{4}-\d{6}$/, { error: 'Número de acuerdo: con el formato ACP-2026-000123' });

export const agreementsContract = {
  /** The schedule the screen shows before GUARDAR, computed by the same rule that saves it. */
  'agreements.preview': query(
    counter,
    agreementTerms.extend({ debt: money.refine((v) => v > 0, { error: 'Deuda: debe ser mayor que cero' }) }),
    schedulePreview,
  ),
  /** Arreglo de deuda: how much it would finance today (every open debt but earlier installments). */
  'agreements.debtOf': query(
    counter,
    z.strictObject({ code: subscriberCode }),
    z.object({ debt: z.number(), charges: z.number() }),
  ),
  /** Arreglo de deuda: the subscriber's current debt into an agreement. */
  'agreements.createForDebt': mutation(
    counter,
    agreementTerms.extend({ requestKey, subscriberCode, partyId: id }),
    agreementView,
  ),
  'agreements.get': query(rolesOf('SUSCRIPTOR', 'RECAUDO', 'CAJA'), z.strictObject({ number: agreementNumber }), agreementView),
  'agreements.bySubscriber': query(counter, z.strictObject({ code: subscriberCode }), z.array(agreementView)),
};
