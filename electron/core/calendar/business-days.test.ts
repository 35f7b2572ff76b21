import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from './civil';
import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
  previousBusinessDay,
} from './business-days';
import { dateOfDay, dayNumber, weekdayOfDay } from './epoch-days';
import { libraryHolidays } from './holiday-library';

const CO = new Set(['2025', '2026', '2027'].flatMap((y) => libraryHolidays('CO', Number(y)).map((h) => h.date)));

/** Any day of 2025–2027 (the holidays above cover the terms that start in them). */
const dates = fc.integer({ min: dayNumber('2025-01-01'), max: dayNumber('2027-10-31') }).map(dateOfDay);

describe('civil day numbers', () => {
  it('agree with the Date-based civil functions on every day of four centuries of edges', () => {
    for (const start of ['1899-12-25', '1969-12-20', '1999-12-25', '2000-02-25', '2024-02-25', '2100-02-25', '2399-12-25']) {
      for (let i = 0; i < 40; i++) {
        const date = addDays(start, i);
        expect(dateOfDay(dayNumber(date))).toBe(date);
        expect(dayNumber(addDays(date, 1))).toBe(dayNumber(date) + 1);
        expect(weekdayOfDay(dayNumber(date))).toBe(weekday(date));
      }
    }
  });
});

describe('business days over the Colombian holidays', () => {
  it('skips weekends and holidays, forwards and backwards', () => {
    expect(isBusinessDay('2026-03-20', CO)).toBe(true);
    expect(isBusinessDay('2026-03-21', CO)).toBe(false);
    expect(isBusinessDay('2026-03-23', CO)).toBe(false); // San José, moved to Monday
    expect(nextBusinessDay('2026-03-20', CO)).toBe('2026-03-24');
    expect(previousBusinessDay('2026-03-24', CO)).toBe('2026-03-20');
    expect(nextBusinessDay('2026-04-01', CO)).toBe('2026-04-06'); // Jueves y Viernes Santo
    expect(businessDayOnOrAfter('2026-04-02', CO)).toBe('2026-04-06');
    expect(businessDayOnOrAfter('2026-04-06', CO)).toBe('2026-04-06');
    expect(addBusinessDays('2026-03-18', 0, CO)).toBe('2026-03-18');
    expect(addBusinessDays('2026-04-13', -15, CO)).toBe('2026-03-18');
    expect(businessDaysBetween('2026-12-24', '2027-01-12', CO)).toBe(10); // Dec 25, Jan 1 and Jan 11 are off
    expect(businessDaysBetween('2027-01-12', '2026-12-24', CO)).toBe(-10);
  });

  it('addBusinessDays(d, n) lands on a business day exactly n business days after d', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), (d, n) => {
        const end = addBusinessDays(d, n, CO);
        expect(businessDaysBetween(d, end, CO)).toBe(n);
        if (n > 0) expect(isBusinessDay(end, CO)).toBe(true);
        expect(addBusinessDays(end, -n, CO) <= d || !isBusinessDay(d, CO)).toBe(true);
      }),
    );
  });

  it('addBusinessDays is non-decreasing in the start date and increasing in n', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 40 }), (d, later, n) => {
        expect(addBusinessDays(addDays(d, later), n, CO) >= addBusinessDays(d, n, CO)).toBe(true);
        expect(addBusinessDays(d, n + 1, CO) > addBusinessDays(d, n, CO)).toBe(true);
      }),
    );
  });

  it('businessDaysBetween adds up over a middle date and matches a day-by-day count', () => {
    fc.assert(
      fc.property(dates, dates, dates, (a, b, c) => {
        expect(businessDaysBetween(a, b, CO) + businessDaysBetween(b, c, CO)).toBe(businessDaysBetween(a, c, CO));
        const [from, to] = a <= b ? [a, b] : [b, a];
        let count = 0;
        for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (weekday(d) % 6 !== 0 && !CO.has(d)) count++;
        expect(businessDaysBetween(from, to, CO)).toBe(count);
      }),
      { numRuns: 50 },
    );
  });
});
