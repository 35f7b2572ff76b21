/**
 * Numbers, money and dates as the office reads them: in the office's time zone and the
 * company's locale and currency, never the computer's. The one place that formats them, for
 * the screens, the printed documents and the exports alike (the print service renders the same
 * documents in the main process with `withFormat`). A lint rule keeps `Intl`, `toLocale…` and
 * locale names out of every other renderer file.
 */
import { CURRENCY_DECIMALS, type Currency } from '../../../electron/core/contract/currency';

export { CURRENCY_DECIMALS, type Currency };

/** What formatting depends on: the office's time zone, the company's locale and currency. */
export interface FormatOffice {
  timeZone: string;
  locale: string;
  currency: Currency;
}

/** Until the session says otherwise (login screen, tests): an office in Colombia. */
export const DEFAULT_OFFICE = { timeZone: 'America/Bogota', locale: 'es-CO', currency: 'COP' } as const satisfies FormatOffice;

interface Formatters {
  office: FormatOffice;
  money: Intl.NumberFormat;
  moneyOf: Map<Currency, Intl.NumberFormat>;
  numbers: Map<number, Intl.NumberFormat>;
  plain: Map<number, Intl.NumberFormat>;
  decimalMark: string;
  shortDate: Intl.DateTimeFormat;
  longDate: Intl.DateTimeFormat;
  letterDate: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
  weekdayDayMonth: Intl.DateTimeFormat;
  shortMonth: Intl.DateTimeFormat;
  longMonthYear: Intl.DateTimeFormat;
  instant: Intl.DateTimeFormat;
  sheetInstant: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  timeWithSeconds: Intl.DateTimeFormat;
  officeDay: Intl.DateTimeFormat;
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
  const inOffice = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...options });
  const dayMonthYear = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
  return {
    office,
    money: currencyFormat(locale, currency),
    moneyOf: new Map(),
    numbers: new Map(),
    plain: new Map(),
    decimalMark: new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? ',',
    shortDate: civil(dayMonthYear),
    longDate: civil({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    letterDate: civil({ day: 'numeric', month: 'long', year: 'numeric' }),
    weekday: civil({ weekday: 'long' }),
    dayMonth: civil({ day: 'numeric', month: 'short' }),
    weekdayDayMonth: civil({ weekday: 'long', day: 'numeric', month: 'long' }),
    shortMonth: civil({ month: 'short' }),
    longMonthYear: civil({ month: 'long', year: 'numeric' }),
    instant: inOffice({ ...dayMonthYear, hour: 'numeric', minute: '2-digit' }),
    sheetInstant: inOffice({ ...dayMonthYear, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    time: inOffice({ hour: 'numeric', minute: '2-digit' }),
    timeWithSeconds: inOffice({ hour: 'numeric', minute: '2-digit', second: '2-digit' }),
    // en-CA writes YYYY-MM-DD: the civil date of an instant at the office, not a display form.
    officeDay: new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  };
}

const built = new Map<string, Formatters>();
const keyOf = (o: FormatOffice) => `${o.timeZone}|${o.locale}|${o.currency}`;

/** Built once per office: the print service renders many documents with `withFormat`. */
function formattersOf(office: FormatOffice): Formatters {
  let f = built.get(keyOf(office));
  if (!f) {
    try {
      f = formattersFor({ ...office });
    } catch {
      throw new RangeError(`Formato de la oficina no válido: zona horaria «${office.timeZone}», idioma «${office.locale}».`);
    }
    built.set(keyOf(office), f);
  }
  return f;
}

let current = formattersOf(DEFAULT_OFFICE);

/**
 * The session's office: every screen formats with it from now on. An unknown zone or locale
 * throws here, where the office is set, rather than on some screen later.
 */
export function configureFormat(office: FormatOffice): void {
  current = formattersOf(office);
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

/** A count or a measure with thousands grouped: 1.234 (es-CO), 1,234 (es-MX); up to `maxFractionDigits` decimals. */
export function formatNumber(n: number, maxFractionDigits = 0): string {
  let f = current.numbers.get(maxFractionDigits);
  if (!f)
    current.numbers.set(
      maxFractionDigits,
      (f = new Intl.NumberFormat(current.office.locale, { maximumFractionDigits: maxFractionDigits })),
    );
  return f.format(n);
}

/** A number for a spreadsheet cell written as text (CSV): no grouping, exactly `decimals` decimals: 1234,50. */
export function formatPlainNumber(n: number, decimals: number): string {
  let f = current.plain.get(decimals);
  if (!f) {
    const options = { useGrouping: false, minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    current.plain.set(decimals, (f = new Intl.NumberFormat(current.office.locale, options)));
  }
  return f.format(n);
}

/** The locale's decimal mark ("," in es-CO, "." in es-MX): a CSV must not separate its fields with it. */
export const decimalMark = (): string => current.decimalMark;

/** A rate in percent as printed: 1.5 → "1,5 %". */
export const formatPercent = (percent: number, maxFractionDigits = 2): string => `${formatNumber(percent, maxFractionDigits)} %`;

export const formatM3 = (n: number): string => `${formatNumber(n, 1)} m³`;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function instant(iso: string): Date | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The office's civil date (YYYY-MM-DD) of an instant: the day a letter was signed, a payment made. */
export function officeDateOf(iso: string): string {
  const d = instant(iso);
  return d ? current.officeDay.format(d) : iso.slice(0, 10);
}

/**
 * A civil date as midnight UTC. An instant is first turned into the office's day: its first
 * ten characters are UTC's day, which in Bogotá is already tomorrow every evening after seven.
 */
function civil(date: string): Date | null {
  const day = INSTANT.test(date) ? officeDateOf(date) : date;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(day);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1')));
}

const apply = (f: Intl.DateTimeFormat, date: string) => {
  const d = civil(date);
  return d ? f.format(d) : date;
};

const applyInstant = (f: Intl.DateTimeFormat, iso: string) => {
  const d = instant(iso);
  return d ? f.format(d) : iso;
};

/** 22/11/2026 */
export const formatDate = (date: string): string => apply(current.shortDate, date);
/** sábado, 22 de noviembre de 2026 */
export const formatLongDate = (date: string): string => apply(current.longDate, date);
/** 22 de noviembre de 2026, as a letter or an edicto says a date. */
export const formatLetterDate = (date: string): string => apply(current.letterDate, date);
/** sábado */
export const formatWeekday = (date: string): string => apply(current.weekday, date);
/** sábado 22/11/2026, as a list of days names one. */
export const formatDayLabel = (date: string): string => `${formatWeekday(date)} ${formatDate(date)}`;
/** A day on a chart axis: "22 nov" (es-CO alone says "22 de nov"). */
export const formatDayMonth = (date: string): string => apply(current.dayMonth, date).replace(' de ', ' ').replace('.', '');
/** A day in a tooltip: "sábado, 22 de noviembre". */
export const formatWeekdayDayMonth = (date: string): string => apply(current.weekdayDayMonth, date);
/** A billing period "2026-11" on a chart axis: "nov 26" (es-CO alone would say "nov de 26"). */
export function formatPeriod(period: string): string {
  const d = civil(period);
  return d ? `${current.shortMonth.format(d).replace('.', '')} ${period.slice(2, 4)}` : period;
}
/** A billing period in a sentence or tooltip: "noviembre de 2026". */
export const formatLongPeriod = (period: string): string => apply(current.longMonthYear, period);

/** An instant (ISO with time) in the office's time zone: "22/11/2026, 9:57 p. m.". */
export const formatInstant = (iso: string): string => applyInstant(current.instant, iso);
/** The time of day of an instant at the office: "9:57 p. m." (with seconds for a PAGADO stamp). */
export const formatTime = (iso: string, withSeconds = false): string =>
  applyInstant(withSeconds ? current.timeWithSeconds : current.time, iso);
/** An instant for a spreadsheet, 24-hour, the form Excel reads as a date and time: "22/11/2026 21:57". */
export const formatSheetInstant = (iso: string): string => applyInstant(current.sheetInstant, iso).replace(',', '');
