import Holidays from 'date-holidays';
import type { Sqlite } from '../../../db/open';
import { prepared } from '../statements';
import { HOLIDAY_YEARS, type HolidayCountry } from './countries';
import { dayNumber, weekdayOfDay } from './epoch-days';

/** How many years around the current one the first start loads. */
export const SEED_YEARS_AROUND = 3;

const inLibraryRange = (year: number) => Number.isInteger(year) && year >= HOLIDAY_YEARS.min && year <= HOLIDAY_YEARS.max;

export interface LibraryHoliday {
  date: string;
  name: string;
}

const libraries = new Map<HolidayCountry, Holidays>();

function library(country: HolidayCountry): Holidays {
  let hd = libraries.get(country);
  if (!hd) libraries.set(country, (hd = new Holidays(country, { languages: ['es'], types: ['public'] })));
  return hd;
}

/**
 * The country's public holidays of a year that fall on a weekday, as the maintained
 * `date-holidays` library gives them (moved to Monday where the law moves them). Weekend
 * holidays (Colombia's "Pascua", a Saturday 7 de agosto) change no term, so they are left out:
 * the table holds exactly the days the engine skips besides weekends.
 */
export function libraryHolidays(country: HolidayCountry, year: number): LibraryHoliday[] {
  if (!inLibraryRange(year)) return [];
  const byDate = new Map<string, string>();
  for (const h of library(country).getHolidays(year, 'es')) {
    if (h.type !== 'public') continue;
    const date = h.date.slice(0, 10);
    const w = weekdayOfDay(dayNumber(date));
    if (w === 0 || w === 6 || !date.startsWith(String(year))) continue;
    const other = byDate.get(date);
    byDate.set(date, other && other !== h.name ? `${other} / ${h.name}` : h.name);
  }
  return [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/** From `SEED_YEARS_AROUND` years back to as many ahead of `today`'s year. */
export function yearsAround(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 2 * SEED_YEARS_AROUND + 1 }, (_, i) => year - SEED_YEARS_AROUND + i);
}

/**
 * Loads from the library every year of `years` that has no holiday of `country` in the table
 * yet (source LIBRERIA), inside the caller's transaction when there is one. A year that has
 * holidays is the office's to edit and is never touched. Returns the years it loaded.
 */
export function loadHolidayYears(sqlite: Sqlite, country: HolidayCountry, years: readonly number[], at: Date): number[] {
  const has = prepared(sqlite, 'SELECT 1 FROM holidays WHERE country = ? AND date BETWEEN ? AND ? LIMIT 1');
  const missing = years.filter((y) => inLibraryRange(y) && !has.get(country, `${y}-01-01`, `${y}-12-31`));
  if (missing.length === 0) return [];
  const insert = prepared(
    sqlite,
    "INSERT OR IGNORE INTO holidays (country, date, name, source, created_at) VALUES (?, ?, ?, 'LIBRERIA', ?)",
  );
  const createdAt = at.toISOString();
  sqlite.transaction(() => {
    for (const year of missing) for (const h of libraryHolidays(country, year)) insert.run(country, h.date, h.name, createdAt);
  })();
  return missing;
}
