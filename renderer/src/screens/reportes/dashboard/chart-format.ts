import { CURRENCY_DECIMALS, type Currency } from '../../../format/format';

const dayMonth = new Intl.DateTimeFormat('es-CO', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const weekday = new Intl.DateTimeFormat('es-CO', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
const oneDecimal = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });

/** A day on a chart axis: "23 nov" (es-CO alone says "23 de nov"). */
export const axisDay = (date: string): string => dayMonth.format(new Date(`${date}T00:00:00Z`)).replace(' de ', ' ');

/** A day in a tooltip: "lunes, 23 de noviembre". */
export const tooltipDay = (date: string): string => weekday.format(new Date(`${date}T00:00:00Z`));

/** Money on a chart axis, short: "$ 190 mil", "$ 1,3 M". */
export function axisMoney(amount: number, currency: Currency): string {
  const units = amount / 10 ** CURRENCY_DECIMALS[currency];
  const abs = Math.abs(units);
  if (abs >= 1_000_000) return `$ ${oneDecimal.format(units / 1_000_000)} M`;
  if (abs >= 1_000) return `$ ${oneDecimal.format(Math.round(units / 100) / 10)} mil`;
  return `$ ${oneDecimal.format(units)}`;
}
