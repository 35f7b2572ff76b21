/**
 * Días hábiles: weekends and the office's holidays (the `holidays` table, editable) are
 * skipped. Terms count from the next business day after the start (Ley 142 art. 158).
 * Pure functions over civil dates (YYYY-MM-DD) and a set of holiday dates.
 */
import { dateOfDay, dayNumber, weekdayOfDay } from './epoch-days';

/**
 * The holidays the engine skips. Only `has` is asked, so a plain `Set` of dates will do, and
 * the office's set (holidaysOf) can load a year from the holiday library the first time a
 * date of that year is asked about.
 */
export interface HolidaySet {
  has(date: string): boolean;
}

const isWeekend = (day: number) => {
  const w = weekdayOfDay(day);
  return w === 0 || w === 6;
};

const isBusiness = (day: number, holidays: HolidaySet) => !isWeekend(day) && !holidays.has(dateOfDay(day));

/** The first business day strictly after (step 1) or before (step −1) a day number. */
function stepBusiness(day: number, step: 1 | -1, holidays: HolidaySet): number {
  let d = day + step;
  while (!isBusiness(d, holidays)) d += step;
  return d;
}

export function isBusinessDay(date: string, holidays: HolidaySet): boolean {
  return isBusiness(dayNumber(date), holidays);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: string, holidays: HolidaySet): string {
  return dateOfDay(stepBusiness(dayNumber(date), 1, holidays));
}

/** The last business day strictly before `date`. */
export function previousBusinessDay(date: string, holidays: HolidaySet): string {
  return dateOfDay(stepBusiness(dayNumber(date), -1, holidays));
}

/** `date` itself when it is a business day, else the next one (a notice posted on a Saturday counts from Monday). */
export function businessDayOnOrAfter(date: string, holidays: HolidaySet): string {
  const day = dayNumber(date);
  return isBusiness(day, holidays) ? date : dateOfDay(stepBusiness(day, 1, holidays));
}

/**
 * The n-th business day after `date` (n = 0 gives `date` itself; a negative n goes back).
 * A term of 15 business days filed on `date` ends on addBusinessDays(date, 15).
 */
export function addBusinessDays(date: string, n: number, holidays: HolidaySet): string {
  const step = n < 0 ? -1 : 1;
  let day = dayNumber(date);
  for (let i = Math.abs(n); i > 0; i--) day = stepBusiness(day, step, holidays);
  return dateOfDay(day);
}

/**
 * Business days in (from, to]: how many business days pass going from `from` to `to`;
 * negative when `to` is before `from`. addBusinessDays(d, n) is exactly n days from d.
 */
export function businessDaysBetween(from: string, to: string, holidays: HolidaySet): number {
  if (to < from) return 0 - businessDaysBetween(to, from, holidays); // 0 − n: never −0
  const last = dayNumber(to);
  let count = 0;
  for (let d = dayNumber(from) + 1; d <= last; d++) if (isBusiness(d, holidays)) count++;
  return count;
}
