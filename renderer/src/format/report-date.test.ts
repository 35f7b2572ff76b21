import { describe, expect, it } from 'vitest';
import { parseReportDate, shiftDate } from './report-date';

const TODAY = '2026-11-23';

describe('report date', () => {
  it('reads the ways a date gets typed at the office', () => {
    for (const typed of ['23/11/2026', '23-11-2026', '23.11.2026', '23112026', ' 2026-11-23 ']) {
      expect(parseReportDate(typed, TODAY)).toEqual({ ok: true, date: '2026-11-23' });
    }
    expect(parseReportDate('1/3/2026', TODAY)).toEqual({ ok: true, date: '2026-03-01' });
    expect(parseReportDate('29/02/2024', TODAY)).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('refuses what is not a date, a day that does not exist, and the future, in Spanish', () => {
    expect(parseReportDate('', TODAY)).toEqual({ ok: false, message: 'Fecha: escríbala como dd/mm/aaaa' });
    expect(parseReportDate('ayer', TODAY)).toEqual({
      ok: false,
      message: 'Fecha: escríbala como dd/mm/aaaa, por ejemplo 23/11/2026',
    });
    expect(parseReportDate('11/23/2026', TODAY)).toEqual({ ok: false, message: 'Fecha: el 11/23/2026 no existe' });
    expect(parseReportDate('31/02/2026', TODAY)).toEqual({ ok: false, message: 'Fecha: el 31/02/2026 no existe' });
    expect(parseReportDate('29/02/2026', TODAY)).toEqual({ ok: false, message: 'Fecha: el 29/02/2026 no existe' });
    expect(parseReportDate('00/11/2026', TODAY)).toEqual({ ok: false, message: 'Fecha: el 00/11/2026 no existe' });
    expect(parseReportDate('24/11/2026', TODAY)).toEqual({
      ok: false,
      message: 'Fecha: no puede ser posterior a hoy (23/11/2026)',
    });
    expect(parseReportDate('01/01/1999', TODAY)).toEqual({ ok: false, message: 'Fecha: no hay informes antes de 2000' });
  });

  it('moves civil dates without the computer’s zone', () => {
    expect(shiftDate('2026-11-30', 1)).toBe('2026-12-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
  });
});
