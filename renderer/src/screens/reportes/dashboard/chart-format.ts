import { CURRENCY_DECIMALS, formatNumber, type Currency } from '../../../format/format';

/** Money on a chart axis, short: "$ 190 mil", "$ 1,3 M". */
export function axisMoney(amount: number, currency: Currency): string {
  const units = amount / 10 ** CURRENCY_DECIMALS[currency];
  const abs = Math.abs(units);
  if (abs >= 1_000_000) return `$ ${formatNumber(units / 1_000_000, 1)} M`;
  if (abs >= 1_000) return `$ ${formatNumber(Math.round(units / 100) / 10, 1)} mil`;
  return `$ ${formatNumber(units, 1)}`;
}
