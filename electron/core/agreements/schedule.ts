import { addMonthsToDate } from '../calendar/civil';

/** No installment smaller than this many pesos: below it the schedule is not worth printing. */
export const MIN_INSTALLMENT = 1_000;

export interface Installment {
  n: number;
  dueOn: string;
  principal: number;
  interest: number;
  amount: number;
  /** What is left to finance after this installment. */
  balanceAfter: number;
}

/**
 * French amortisation in whole pesos: equal installments of principal + interest on the
 * remaining balance, interest rounded per installment, and the last installment absorbing
 * every rounding remainder so that the principals add up to exactly what was financed.
 * `monthlyRateBp` is hundredths of a percent a month (150 = 1.5 %).
 */
export function frenchSchedule(financed: number, count: number, monthlyRateBp: number, firstDueOn: string): Installment[] {
  if (!Number.isInteger(financed) || financed < 0) throw new Error(`Monto financiado no válido: ${financed}`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`Número de cuotas no válido: ${count}`);
  const rate = monthlyRateBp / 10_000;
  const level = rate === 0 ? financed / count : (financed * rate) / (1 - (1 + rate) ** -count);
  const payment = Math.round(level);
  const schedule: Installment[] = [];
  let balance = financed;
  for (let n = 1; n <= count; n++) {
    const interest = Math.round(balance * rate);
    const last = n === count;
    const principal = last ? balance : Math.min(balance, Math.max(0, payment - interest));
    balance -= principal;
    schedule.push({
      n,
      dueOn: addMonthsToDate(firstDueOn, n - 1),
      principal,
      interest,
      amount: principal + interest,
      balanceAfter: balance,
    });
  }
  return schedule;
}
