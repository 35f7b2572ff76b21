import { couponInput, type CouponInput } from '../../../../electron/core/contract/coupons.contract';
import type { Output } from '../../api';
import { zodFieldErrors, type FieldErrors } from '../form-errors';
import { formatMoney, formatNumber } from '../../format/format';
import { parsePesos } from '../pesos-input';

export type OwedView = Output<'coupons.owed'>;
export type OwedItem = OwedView['items'][number];
export type CouponView = Output<'coupons.create'>;

/** The fields of the ABONO form that show their own message. */
export const ABONO_FIELDS = ['chargeIds', 'amount', 'partyId'] as const;

/** An amount as the field shows it: "111.040", which parsePesos reads back. */
export const amountText = (pesos: number): string => formatNumber(pesos);

/** What the chosen debts still owe: the most a coupon over them can be for. */
export const chosenTotal = (items: readonly OwedItem[], chosen: ReadonlySet<number>): number =>
  items.filter((i) => chosen.has(i.chargeId)).reduce((t, i) => t + i.outstanding, 0);

/** The typed "Valor a pagar" judged against what the chosen debts owe; null when it can be paid. */
export function amountProblem(typed: string, owed: number): string | null {
  const amount = parsePesos(typed);
  if (Number.isNaN(amount)) return 'Valor a pagar: escriba el valor en números, sin letras';
  if (!Number.isInteger(amount)) return 'Valor a pagar: en pesos enteros, sin centavos';
  if (amount <= 0) return 'Valor a pagar: debe ser mayor que cero';
  if (amount > owed) return `Valor a pagar: no puede ser mayor que lo adeudado en las deudas elegidas (${formatMoney(owed)})`;
  return null;
}

export interface AbonoDraft {
  subscriberCode: string;
  items: readonly OwedItem[];
  chosen: ReadonlySet<number>;
  /** null: the total of the chosen debts; text: what the asesor typed for an abono. */
  amount: string | null;
  partyId: number | null;
}

/**
 * GENERAR: the coupons.create input, or the messages to show next to each field. The whole
 * of the chosen debts goes without an amount; less than that is an abono.
 */
export function couponRequest(draft: AbonoDraft, requestKey: string): { input: CouponInput } | { errors: FieldErrors } {
  const owed = chosenTotal(draft.items, draft.chosen);
  const chargeIds = draft.items.filter((i) => draft.chosen.has(i.chargeId)).map((i) => i.chargeId);
  const errors: FieldErrors = {};
  if (chargeIds.length === 0) errors.chargeIds = 'Deudas: elija al menos una';
  const problem = chargeIds.length === 0 || draft.amount === null ? null : amountProblem(draft.amount, owed);
  if (problem) errors.amount = problem;
  if (Object.keys(errors).length > 0) return { errors };
  const amount = draft.amount === null ? owed : parsePesos(draft.amount);
  const input: CouponInput = {
    requestKey,
    subscriberCode: draft.subscriberCode,
    chargeIds,
    ...(amount < owed ? { amount } : {}),
    ...(draft.partyId === null ? {} : { partyId: draft.partyId }),
  };
  const checked = couponInput.safeParse(input);
  return checked.success ? { input } : { errors: zodFieldErrors(checked.error) };
}
