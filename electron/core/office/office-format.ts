import type { Db } from '../../../db/open';
import { CURRENCY_DECIMALS, type OfficeFormat } from '../contract/company.contract';
import { getSetting } from '../settings/settings';

/**
 * How the core writes a date or an amount into Spanish text (a refusal, a letter's
 * placeholder): with the office's time zone and the company's locale and currency, read from
 * the settings on every call. The screens and documents have their own module
 * (renderer/src/format): the core must not import the interface, and it formats for the office
 * of the database it serves rather than for one window's session.
 */

export function officeFormat(db: Db): OfficeFormat {
  const { locale, currency } = getSetting(db, 'company.profile');
  return { timeZone: getSetting(db, 'office.timeZone'), locale, currency };
}

export interface OfficeText {
  /** 23/11/2026 */
  date(civil: string): string;
  /** 23 de noviembre de 2026, as a letter says a date. */
  longDate(civil: string): string;
  /** lunes 23/11/2026, as a message names a day. */
  day(civil: string): string;
  /** $ 12.500 from the core's minor units. */
  money(amount: number): string;
  /** 1.234,5 */
  number(n: number, maxFractionDigits?: number): string;
}

// Civil dates (YYYY-MM-DD) carry no zone: they are read and written in UTC so the day never
// moves. An instant becomes a civil date in the office's zone first (officeDayOf in ../context).
const utcDay = (civil: string) => new Date(`${civil.slice(0, 10)}T00:00:00Z`);

function build({ locale, currency }: Pick<OfficeFormat, 'locale' | 'currency'>): OfficeText {
  const dates = (options: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    return (civil: string) => {
      const d = utcDay(civil);
      return Number.isNaN(d.getTime()) ? civil : f.format(d);
    };
  };
  const date = dates({ day: '2-digit', month: '2-digit', year: 'numeric' });
  const weekday = dates({ weekday: 'long' });
  const digits = CURRENCY_DECIMALS[currency];
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const numbers = new Map<number, Intl.NumberFormat>();
  const number = (n: number, maxFractionDigits = 0) => {
    let f = numbers.get(maxFractionDigits);
    if (!f) numbers.set(maxFractionDigits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits })));
    return f.format(n);
  };
  return {
    date,
    longDate: dates({ day: 'numeric', month: 'long', year: 'numeric' }),
    day: (civil) => `${weekday(civil)} ${date(civil)}`,
    money: (amount) => money.format(amount / 10 ** digits),
    number,
  };
}

const built = new Map<string, OfficeText>();

/** The words for one office's locale and currency (built once per pair). */
export function textFor(office: Pick<OfficeFormat, 'locale' | 'currency'>): OfficeText {
  const key = `${office.locale}|${office.currency}`;
  let text = built.get(key);
  if (!text) built.set(key, (text = build(office)));
  return text;
}

/** The words of the office this database belongs to. */
export const officeText = (db: Db): OfficeText => textFor(officeFormat(db));
