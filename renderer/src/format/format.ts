/** Numbers and dates as an office in Colombia reads them (es-CO), through Intl only. */
const LOCALE = 'es-CO';

const pesos = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'COP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** Amounts are whole pesos (integers) in the core. */
export const formatMoney = (amount: number): string => pesos.format(amount);

export type Currency = 'COP' | 'MXN';
/** Decimals of the core's minor units: pesos colombianos have none, pesos mexicanos count centavos. */
export const CURRENCY_DECIMALS: Record<Currency, number> = { COP: 0, MXN: 2 };
const mxn = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'MXN', minimumFractionDigits: 2 });
/** An amount in the office's currency (company profile), from the core's minor units. */
export const formatCurrency = (amount: number, currency: Currency): string =>
  currency === 'MXN' ? mxn.format(amount / 100) : formatMoney(amount);
export const formatM3 = (n: number): string => `${decimal.format(n)} m³`;

/**
 * Civil dates ("YYYY-MM-DD") carry no time zone: read and print them in UTC so the day
 * never shifts with the computer's zone.
 */
function civil(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1')));
}

const shortDate = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
const longDate = new Intl.DateTimeFormat(LOCALE, {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortMonth = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'short' });
const longMonthYear = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long', year: 'numeric' });
const instant = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'short', timeStyle: 'short' });

const apply = (f: Intl.DateTimeFormat, date: string) => {
  const d = civil(date);
  return d ? f.format(d) : date;
};

/** 22/11/2026 */
export const formatDate = (date: string): string => apply(shortDate, date);
/** sábado, 22 de noviembre de 2026 */
export const formatLongDate = (date: string): string => apply(longDate, date);
/** A billing period "2026-11" on a chart axis: "nov 26" (es-CO alone would say "nov de 26"). */
export function formatPeriod(period: string): string {
  const d = civil(period);
  return d ? `${shortMonth.format(d).replace('.', '')} ${period.slice(2, 4)}` : period;
}
/** A billing period in a sentence or tooltip: "noviembre de 2026". */
export const formatLongPeriod = (period: string): string => apply(longMonthYear, period);
/** An instant (ISO with time) in the computer's zone. */
export const formatInstant = (iso: string): string => instant.format(new Date(iso));
