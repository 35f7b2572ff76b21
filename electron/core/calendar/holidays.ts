import type { Sqlite } from '../../../db/open';
import type { Ctx } from '../context';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import type { HolidaySet } from './business-days';
import type { HolidayCountry } from './countries';
import { loadHolidayYears } from './holiday-library';

type Reader = Pick<Ctx, 'db' | 'sqlite' | 'clock'>;

/** Per connection: country → year → that year's holiday dates, as the table holds them. */
const cache = new WeakMap<Sqlite, Map<HolidayCountry, Map<number, ReadonlySet<string>>>>();

const YEAR_DATES = 'SELECT date FROM holidays WHERE country = ? AND date BETWEEN ? AND ?';

/** The country whose holidays the office keeps (ADMINISTRACIÓN → Calendario). */
export const officeCountry = (ctx: Pick<Ctx, 'db'>): HolidayCountry => getSetting(ctx.db, 'calendar.country');

/** Drops what holidaysOf remembers: every write to the `holidays` table calls it. */
export function forgetHolidays(sqlite: Sqlite): void {
  cache.delete(sqlite);
}

function yearDates(ctx: Reader, country: HolidayCountry, year: number): ReadonlySet<string> {
  let byCountry = cache.get(ctx.sqlite);
  if (!byCountry) cache.set(ctx.sqlite, (byCountry = new Map()));
  let byYear = byCountry.get(country);
  if (!byYear) byCountry.set(country, (byYear = new Map()));
  let dates = byYear.get(year);
  if (!dates) {
    loadHolidayYears(ctx.sqlite, country, [year], ctx.clock.now());
    const rows = prepared(ctx.sqlite, YEAR_DATES).pluck().all(country, `${year}-01-01`, `${year}-12-31`) as string[];
    byYear.set(year, (dates = new Set(rows)));
  }
  return dates;
}

/**
 * The holidays of the office's country, read from the table once per year asked and kept
 * until the table changes. A date in a year the table does not have yet (a due date computed
 * into a year not loaded) loads that year from the holiday library first, in the caller's
 * transaction.
 */
export function holidaysOf(ctx: Reader): HolidaySet {
  const country = officeCountry(ctx);
  return { has: (date) => yearDates(ctx, country, Number(date.slice(0, 4))).has(date) };
}

/** The holiday's name when `date` is one of the office's holidays, for messages that say why a day is refused. */
export function holidayNameOf(ctx: Reader, date: string): string | null {
  if (!holidaysOf(ctx).has(date)) return null;
  const name = prepared(ctx.sqlite, 'SELECT name FROM holidays WHERE country = ? AND date = ?')
    .pluck()
    .get(officeCountry(ctx), date) as string | undefined;
  return name ?? null;
}
