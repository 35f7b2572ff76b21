/**
 * Días hábiles: weekends and the office's holidays (the `holidays` table, editable) are
 * skipped. Terms count from the next business day after the start (Ley 142 art. 158).
 * Pure functions over civil dates (YYYY-MM-DD) and a set of holiday dates.
 */
import { addDays, weekday } from './civil';

export type HolidaySet = ReadonlySet<string>;

export function isBusinessDay(date: string, holidays: HolidaySet): boolean {
  const d = weekday(date);
  return d !== 0 && d !== 6 && !holidays.has(date);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: string, holidays: HolidaySet): string {
  let d = addDays(date, 1);
  while (!isBusinessDay(d, holidays)) d = addDays(d, 1);
  return d;
}

/** The n-th business day after `date` (n ≥ 0; n = 0 gives `date` itself). */
export function addBusinessDays(date: string, n: number, holidays: HolidaySet): string {
  let d = date;
  for (let i = 0; i < n; i++) d = nextBusinessDay(d, holidays);
  return d;
}

/**
 * Business days in (from, to]: how many business days pass going from `from` to `to`;
 * negative when `to` is before `from`.
 */
export function businessDaysBetween(from: string, to: string, holidays: HolidaySet): number {
  if (to < from) return -businessDaysBetween(to, from, holidays);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(d, holidays)) count++;
  return count;
}
