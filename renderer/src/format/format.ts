/**
 * Numbers, money and dates as the office reads them: in the office's time zone and the
 * company's locale and currency, never the computer's. The one place that formats them, for
 * the screens and the printed documents alike (the print service renders the same documents
 * in the main process with `withFormat`).
 */

export type Currency = 'COP' | 'MXN';

/** What formatting depends on: the office's time zone, the company's locale and currency. */
export interface FormatOffice {
  timeZone: string;
  locale: string;
  currency: Currency;
}

/** Until the session says otherwise (login screen, tests): an office in Colombia. */
export const DEFAULT_OFFICE: FormatOffice = { timeZone: 'America/Bogota', locale: 'es-CO', currency: 'COP' };

/** Decimals of the core's minor units: pesos colombianos have none, pesos mexicanos count centavos. */
export const CURRENCY_DECIMALS: Record<Currency, number> = { COP: 0, MXN: 2 };

interface Formatters {
  office: FormatOffice;
  money: Intl.NumberFormat;
  moneyOf: Map<Currency, Intl.NumberFormat>;
  decimal: Intl.NumberFormat;
  shortDate: Intl.DateTimeFormat;
  longDate: Intl.DateTimeFormat;
  shortMonth: Intl.DateTimeFormat;
  longMonthYear: Intl.DateTimeFormat;
  instant: Intl.DateTimeFormat;
}

function currencyFormat(locale: string, currency: Currency): Intl.NumberFormat {
  const digits = CURRENCY_DECIMALS[currency];
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function formattersFor(office: FormatOffice): Formatters {
  const { locale, timeZone, currency } = office;
  // Civil dates ("YYYY-MM-DD") carry no time zone: they are read and printed in UTC so the
  // day never shifts; instants are shown in the office's zone.
  const civil = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  return {
    office,
    money: currencyFormat(locale, currency),
    moneyOf: new Map(),
    decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    shortDate: civil({ day: '2-digit', month: '2-digit', year: 'numeric' }),
    longDate: civil({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    shortMonth: civil({ month: 'short' }),
    longMonthYear: civil({ month: 'long', year: 'numeric' }),
    instant: new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'short' }),
  };
}

let current = formattersFor(DEFAULT_OFFICE);

const same = (a: FormatOffice, b: FormatOffice) =>
  a.timeZone === b.timeZone && a.locale === b.locale && a.currency === b.currency;

/** The session's office: every screen formats with it from now on. */
export function configureFormat(office: FormatOffice): void {
  if (!same(office, current.office)) current = formattersFor(office);
}

/** The office formatting now. */
export const formatOffice = (): FormatOffice => current.office;

/**
 * Runs `render` formatting for `office`, then puts the previous office back. For the print
 * service, which renders a document synchronously (react-dom/server) for its office.
 */
export function withFormat<T>(office: FormatOffice, render: () => T): T {
  const previous = current;
  configureFormat(office);
  try {
    return render();
  } finally {
    current = previous;
  }
}

/** An amount in the office's currency, from the core's minor units. */
export const formatMoney = (amount: number): string => formatCurrency(amount, current.office.currency);

/** An amount in a given currency (a record that says its own), from the core's minor units. */
export function formatCurrency(amount: number, currency: Currency): string {
  let f = currency === current.office.currency ? current.money : current.moneyOf.get(currency);
  if (!f) current.moneyOf.set(currency, (f = currencyFormat(current.office.locale, currency)));
  return f.format(amount / 10 ** CURRENCY_DECIMALS[currency]);
}

export const formatM3 = (n: number): string => `${current.decimal.format(n)} m³`;

function civil(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1')));
}

const apply = (f: Intl.DateTimeFormat, date: string) => {
  const d = civil(date);
  return d ? f.format(d) : date;
};

/** 22/11/2026 */
export const formatDate = (date: string): string => apply(current.shortDate, date);
/** sábado, 22 de noviembre de 2026 */
export const formatLongDate = (date: string): string => apply(current.longDate, date);
/** A billing period "2026-11" on a chart axis: "nov 26" (es-CO alone would say "nov de 26"). */
export function formatPeriod(period: string): string {
  const d = civil(period);
  return d ? `${current.shortMonth.format(d).replace('.', '')} ${period.slice(2, 4)}` : period;
}
/** A billing period in a sentence or tooltip: "noviembre de 2026". */
export const formatLongPeriod = (period: string): string => apply(current.longMonthYear, period);
/** An instant (ISO with time) in the office's time zone. */
export const formatInstant = (iso: string): string => current.instant.format(new Date(iso));
