/**
 * Civil dates (YYYY-MM-DD) and billing periods (YYYY-MM), computed in UTC so that no time
 * zone or daylight rule can move a day.
 */
const DAY_MS = 86_400_000;

export function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return toUtc(date).getUTCDay();
}

export function periodOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A day of a period, clamped to the month's length. */
export function dayOf(period: string, day: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The same day `months` later, clamped to the month's length (Jan 31 + 1 → Feb 28). */
export function addMonthsToDate(date: string, months: number): string {
  return dayOf(addMonths(periodOf(date), months), Number(date.slice(8, 10)));
}
