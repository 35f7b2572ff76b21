import { MINUTE_MS, civilDateOf, startOfCivilDay } from '../clock';

const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * The instant of `hour`:00 on an office civil date. The office zones (Bogotá, Ciudad de México)
 * keep no daylight saving time, so the hour is counted from the start of the day.
 */
const atHour = (date: string, hour: number, timeZone: string): Date =>
  new Date(Date.parse(startOfCivilDay(date, timeZone)) + hour * HOUR_MS);

/** The daily backup's most recent time at or before `now`. */
export function lastDailySlot(now: Date, timeZone: string, hour: number): Date {
  const today = atHour(civilDateOf(now, timeZone), hour, timeZone);
  if (today.getTime() <= now.getTime()) return today;
  return atHour(civilDateOf(new Date(now.getTime() - DAY_MS), timeZone), hour, timeZone);
}

/** The daily backup's next time after `now`. */
export function nextDailySlot(now: Date, timeZone: string, hour: number): Date {
  const today = atHour(civilDateOf(now, timeZone), hour, timeZone);
  if (today.getTime() > now.getTime()) return today;
  return atHour(civilDateOf(new Date(now.getTime() + DAY_MS), timeZone), hour, timeZone);
}

/**
 * Is the daily backup due? When its last time has passed and no daily run started since: a
 * server that was off at that hour makes the backup when it starts again.
 */
export function dailyBackupDue(now: Date, timeZone: string, hour: number, lastDailyAt: string | null): boolean {
  const slot = lastDailySlot(now, timeZone, hour);
  return lastDailyAt === null || Date.parse(lastDailyAt) < slot.getTime();
}

/** The warning at login: no good backup, or the last one older than `days` days. */
export const backupIsOld = (now: Date, lastGoodAt: string | null, days: number): boolean =>
  lastGoodAt === null || now.getTime() - Date.parse(lastGoodAt) > days * DAY_MS;
