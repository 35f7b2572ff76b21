import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_OFFICE,
  configureFormat,
  decimalMark,
  formatCurrency,
  formatDate,
  formatDayLabel,
  formatDayMonth,
  formatInstant,
  formatLetterDate,
  formatLongDate,
  formatM3,
  formatMoney,
  formatNumber,
  formatOffice,
  formatPercent,
  formatPeriod,
  formatPlainNumber,
  formatSheetInstant,
  formatTime,
  formatWeekday,
  formatWeekdayDayMonth,
  officeDateOf,
  withFormat,
} from './format';

/** 21:57 on Tuesday 24 November in Bogotá: already Wednesday in UTC and in Kiritimati. */
const EVENING = '2026-11-25T02:57:09Z';
const MEXICO = { timeZone: 'America/Mexico_City', locale: 'es-MX', currency: 'MXN' } as const;
/** Intl puts no-break spaces in "$ 1.234" and "p. m.": the tests read them as spaces. */
const spaced = (s: string) => s.replace(/\s/g, ' ');

/** Minutes west of UTC of each computer zone at EVENING: proof the zone really changed. */
const OFFSETS: Record<string, number> = {
  UTC: 0,
  'Pacific/Kiritimati': -840,
  'Pacific/Pago_Pago': 660,
  'America/Bogota': 300,
  'Asia/Tokyo': -540,
};

/** Runs `check` with the computer's clock in each zone: the output must never change. */
function inEveryComputerZone(check: () => void): void {
  try {
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Bogota', 'Asia/Tokyo']) {
      vi.stubEnv('TZ', tz);
      expect(new Date(EVENING).getTimezoneOffset(), `el computador en ${tz}`).toBe(OFFSETS[tz]);
      check();
    }
  } finally {
    vi.unstubAllEnvs();
  }
}

afterEach(() => configureFormat(DEFAULT_OFFICE));

describe('instants are shown in the office’s time zone, never the computer’s', () => {
  it('says the Bogotá day and hour of a payment at 21:57, wherever the computer’s clock is set', () => {
    inEveryComputerZone(() => {
      expect(spaced(formatInstant(EVENING))).toBe('24/11/2026, 9:57 p. m.');
      expect(spaced(formatTime(EVENING))).toBe('9:57 p. m.');
      expect(spaced(formatTime(EVENING, true))).toBe('9:57:09 p. m.');
      expect(formatSheetInstant(EVENING)).toBe('24/11/2026 21:57');
      expect(officeDateOf(EVENING)).toBe('2026-11-24');
      // A date field given an instant prints the office's day, not the UTC day of its first ten characters.
      expect(formatDate(EVENING)).toBe('24/11/2026');
      expect(formatLetterDate(EVENING)).toBe('24 de noviembre de 2026');
    });
  });

  it('follows the office that is configured, and withFormat puts the previous one back even when rendering fails', () => {
    configureFormat(MEXICO);
    expect(spaced(formatInstant(EVENING))).toBe('24/11/2026, 8:57 p.m.');
    expect(formatOffice()).toEqual(MEXICO);
    configureFormat(DEFAULT_OFFICE);
    expect(withFormat({ ...DEFAULT_OFFICE, timeZone: 'Pacific/Kiritimati' }, () => formatSheetInstant(EVENING))).toBe(
      '25/11/2026 16:57',
    );
    expect(() =>
      withFormat(MEXICO, () => {
        throw new Error('documento roto');
      }),
    ).toThrow('documento roto');
    expect(formatOffice()).toEqual(DEFAULT_OFFICE);
  });

  it('refuses an unknown zone in Spanish and keeps formatting for the office it had', () => {
    expect(() => configureFormat({ ...DEFAULT_OFFICE, timeZone: 'America/Florencia' })).toThrow(
      'Formato de la oficina no válido: zona horaria «America/Florencia»',
    );
    expect(formatOffice()).toEqual(DEFAULT_OFFICE);
    expect(formatSheetInstant(EVENING)).toBe('24/11/2026 21:57');
  });

  it('gives back what it cannot read instead of a wrong date', () => {
    expect(formatInstant('ayer')).toBe('ayer');
    expect(formatTime('')).toBe('');
    expect(formatDate('sin fecha')).toBe('sin fecha');
    expect(officeDateOf('2026-13-45')).toBe('2026-13-45');
  });
});

describe('civil dates never move', () => {
  it('names the day of a YYYY-MM-DD as it is, in every computer zone', () => {
    inEveryComputerZone(() => {
      expect(formatDate('2026-12-31')).toBe('31/12/2026');
      expect(formatLongDate('2026-11-23')).toBe('lunes, 23 de noviembre de 2026');
      expect(formatWeekday('2026-11-23')).toBe('lunes');
      expect(formatDayLabel('2026-11-24')).toBe('martes 24/11/2026');
      expect(formatDayMonth('2026-11-23')).toBe('23 nov');
      expect(formatWeekdayDayMonth('2026-11-23')).toBe('lunes, 23 de noviembre');
      expect(formatLetterDate('2026-11-23')).toBe('23 de noviembre de 2026');
      expect(formatPeriod('2026-11')).toBe('nov 26');
    });
  });
});

describe('money and numbers in the company’s locale and currency', () => {
  it('writes pesos colombianos whole, with dots for thousands', () => {
    expect(spaced(formatMoney(1_234_500))).toBe('$ 1.234.500');
    expect(formatNumber(1_234_500)).toBe('1.234.500');
    expect(formatNumber(1.25, 1)).toBe('1,3');
    expect(formatPercent(1.5)).toBe('1,5 %');
    expect(formatM3(12.34)).toBe('12,3 m³');
    expect(formatPlainNumber(1234.5, 2)).toBe('1234,50');
    expect(decimalMark()).toBe(',');
  });

  it('writes pesos mexicanos with their centavos and es-MX marks once the company says so', () => {
    withFormat(MEXICO, () => {
      expect(formatMoney(123_450)).toBe('$1,234.50');
      expect(formatNumber(1_234_500)).toBe('1,234,500');
      expect(formatPercent(1.5)).toBe('1.5 %');
      expect(formatPlainNumber(1234.5, 2)).toBe('1234.50');
      expect(decimalMark()).toBe('.');
      // A record in the other currency says its own.
      expect(spaced(formatCurrency(90_800, 'COP'))).toBe('COP 90,800');
    });
  });
});
