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
