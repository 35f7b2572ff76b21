/** Injected everywhere time matters: tests and deadline rules never read the wall clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move. */
export function manualClock(start: Date | string): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * A clock that starts at `start` and runs on at the pace of `real`: browser mode under test
 * (electron/test-clock.ts) lives a fixed day without stopping time.
 */
export function runningClock(start: Date, real: Clock = systemClock): Clock {
  const offset = start.getTime() - real.now().getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}

/** A zone name Intl knows ("America/Bogota"): anything else would fail every date later. */
export function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const civilFormatters = new Map<string, Intl.DateTimeFormat>();

/** The civil date (YYYY-MM-DD) of an instant in the office's time zone. */
export function civilDateOf(at: Date, timeZone: string): string {
  let f = civilFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    civilFormatters.set(timeZone, f);
  }
  return f.format(at);
}

export const MINUTE_MS = 60_000;

/** How far the time zone's wall clock is ahead of UTC at an instant (negative west of Greenwich). */
const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetMs(at: Date, timeZone: string): number {
  let f = wallFormatters.get(timeZone);
  if (!f) {
    // Built once per zone: an export converts every row's instant.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(at.getTime() / 1000) * 1000
  );
}

/** The first instant of a civil date in a time zone, as stored (ISO, UTC). */
export function startOfCivilDay(date: string, timeZone: string): string {
  const midnightUtc = new Date(`${date}T00:00:00Z`);
  const guess = midnightUtc.getTime() - offsetMs(midnightUtc, timeZone);
  return new Date(midnightUtc.getTime() - offsetMs(new Date(guess), timeZone)).toISOString();
}

/** The office's wall clock at an instant, "YYYY-MM-DDTHH:mm:ss": the date and hour a receipt says. */
export function localDateTimeOf(at: Date, timeZone: string): string {
  return new Date(at.getTime() + offsetMs(at, timeZone)).toISOString().slice(0, 19);
}
