import { formatCurrency, type Currency } from '../format/format';

/** Amounts print in the office's currency (company profile), from the core's minor units. */
export type Money = (amount: number) => string;
export const moneyOf =
  ({ currency }: { currency: Currency }): Money =>
  (amount) =>
    formatCurrency(amount, currency);
