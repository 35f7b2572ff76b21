import { describe, expect, it } from 'vitest';
import { failure, ok, type TestOffice, testOffice } from '../../../db/testing';
import { libraryHolidays } from './holiday-library';

const CO_2026 = [
  '2026-01-01',
  '2026-01-12',
  '2026-03-23',
  '2026-04-02',
  '2026-04-03',
  '2026-05-01',
  '2026-05-18',
  '2026-06-08',
  '2026-06-15',
  '2026-06-29',
  '2026-07-13',
  '2026-07-20',
  '2026-08-07',
  '2026-08-17',
  '2026-10-12',
  '2026-11-02',
  '2026-11-16',
  '2026-12-08',
  '2026-12-25',
];

const yearCount = (office: TestOffice, country: string, year: number) =>
  (
    office.sqlite
      .prepare('SELECT count(*) AS n FROM holidays WHERE country = ? AND date BETWEEN ? AND ?')
      .get(country, `${year}-01-01`, `${year}-12-31`) as { n: number }
  ).n;

describe('ADMINISTRACIÓN → Calendario: the office holidays', () => {
  it('Colombia 2026 as the holiday library gives it, Easter-based days and the new Chiquinquirá included', () => {
    const office = testOffice();
    const year = ok(office.call(office.login('asesor'), 'calendar.holidays', { year: 2026 }));
    expect(year).toMatchObject({ country: 'CO', countryName: 'Colombia', year: 2026 });
    expect(year.holidays.map((h) => h.date)).toEqual(CO_2026);
    expect(year.holidays.every((h) => h.source === 'LIBRERIA')).toBe(true);
    expect(year.holidays.find((h) => h.date === '2026-04-03')?.name).toBe('Viernes Santo');
    expect(year.holidays.find((h) => h.date === '2026-07-13')?.name).toBe('La virgen de Chiquinquirá');
  });

  it('the first start loads three years back and three ahead, in the demo and in an empty office', () => {
    for (const kind of ['demo', 'empty'] as const) {
      const office = testOffice({ kind, subscribers: 3 });
      for (let year = 2023; year <= 2029; year++) {
        expect(yearCount(office, 'CO', year)).toBe(libraryHolidays('CO', year).length);
      }
      expect(yearCount(office, 'CO', 2022)).toBe(0);
      expect(yearCount(office, 'CO', 2030)).toBe(0);
    }
  });

  it('a term computed into a year not loaded loads that year from the library first', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    // Dec 24 2029 + 5: Dec 25 and Jan 1 2030 are off.
    expect(ok(office.call(asesor, 'calendar.businessDays', { from: '2029-12-24', days: 5 })).dueOn).toBe('2030-01-02');
    expect(yearCount(office, 'CO', 2030)).toBe(libraryHolidays('CO', 2030).length);
    // …and January 6 2030 (moved to Monday Jan 7) is skipped too.
    expect(ok(office.call(asesor, 'calendar.businessDays', { from: '2030-01-04', days: 1 })).dueOn).toBe('2030-01-08');
  });

  it('an administrator adds a holiday and removes it; terms computed afterwards follow at once', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const asesor = office.login('asesor');
    const preview = () => ok(office.call(asesor, 'calendar.businessDays', { from: '2026-12-23', days: 1 })).dueOn;
    expect(preview()).toBe('2026-12-24');

    const added = ok(
      office.call(admin, 'calendar.addHoliday', { date: '2026-12-24', name: '  Nochebuena (decreto municipal) ' }),
    );
    expect(added).toMatchObject({ date: '2026-12-24', name: 'Nochebuena (decreto municipal)', source: 'MANUAL' });
    expect(preview()).toBe('2026-12-28');
    expect(ok(office.call(asesor, 'calendar.holidays', { year: 2026 })).holidays).toHaveLength(20);

    const removed = ok(office.call(admin, 'calendar.removeHoliday', { id: added.id }));
    expect(removed.date).toBe('2026-12-24');
    expect(preview()).toBe('2026-12-24');

    const trail = office.sqlite
      .prepare("SELECT procedure, record_type AS recordType FROM audit WHERE procedure LIKE 'calendar.%' ORDER BY id")
      .all();
    expect(trail).toEqual([
      { procedure: 'calendar.addHoliday', recordType: 'holiday' },
      { procedure: 'calendar.removeHoliday', recordType: 'holiday' },
    ]);
  });

  it('a holiday added in a year not loaded yet comes with that year’s library holidays', () => {
    const office = testOffice();
    const admin = office.login('admin');
    ok(office.call(admin, 'calendar.addHoliday', { date: '2035-03-14', name: 'Aniversario del municipio' }));
    expect(yearCount(office, 'CO', 2035)).toBe(libraryHolidays('CO', 2035).length + 1);
  });

  it('refuses bad input with a Spanish message on its field and changes nothing', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const before = office.count('holidays');
    const saturday = failure(office.call(admin, 'calendar.addHoliday', { date: '2026-03-21', name: 'Sábado' }));
    expect(saturday).toMatchObject({
      code: 'RULE',
      message: 'Fecha: el sábado 21/03/2026 es fin de semana y ya no cuenta como día hábil.',
      issues: [{ field: 'date' }],
    });
    expect(failure(office.call(admin, 'calendar.addHoliday', { date: '2026-03-23', name: 'Otra vez' }))).toMatchObject({
      code: 'CONFLICT',
      message: 'Fecha: el lunes 23/03/2026 ya es festivo (San José).',
    });
    expect(failure(office.call(admin, 'calendar.addHoliday', { date: '2026-02-30', name: 'X' })).message).toBe(
      'Fecha: use el formato AAAA-MM-DD',
    );
    expect(failure(office.call(admin, 'calendar.addHoliday', { date: '2026-03-24', name: ' ' })).message).toBe(
      'Nombre del festivo: es obligatorio',
    );
    expect(failure(office.call(admin, 'calendar.addHoliday', { date: '2400-03-24', name: 'Lejos' })).message).toBe(
      'Fecha: debe estar entre 1950 y 2150',
    );
    expect(failure(office.call(admin, 'calendar.removeHoliday', { id: 999_999 }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'El festivo no existe en el calendario de la oficina.',
    });
    const asesor = office.login('asesor');
    expect(failure(office.call(asesor, 'calendar.addHoliday', { date: '2026-03-24', name: 'Paro' })).code).toBe('FORBIDDEN');
    expect(failure(office.call(asesor, 'calendar.removeHoliday', { id: 1 })).code).toBe('FORBIDDEN');
    expect(failure(office.call(asesor, 'calendar.businessDays', { from: '2026-03-24', days: -1 })).message).toBe(
      'Días hábiles: no puede ser negativo',
    );
    expect(failure(office.call(null, 'calendar.holidays', { year: 2026 })).code).toBe('SESSION_REQUIRED');
    expect(office.count('holidays')).toBe(before);
  });

  it('Mexico: switching the country loads its holidays, and terms follow them', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const asesor = office.login('asesor');
    const after = (from: string) => ok(office.call(asesor, 'calendar.businessDays', { from, days: 1 })).dueOn;
    expect(after('2026-09-15')).toBe('2026-09-16');
    expect(ok(office.call(admin, 'calendar.setCountry', { country: 'MX' }))).toEqual({ country: 'MX', countryName: 'México' });
    const year = ok(office.call(asesor, 'calendar.holidays', { year: 2026 }));
    expect(year.country).toBe('MX');
    expect(year.holidays.map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-01 Año Nuevo',
      '2026-02-02 Día de la Constitución',
      '2026-03-16 Natalicio de Benito Juárez',
      '2026-05-01 Día del Trabajador',
      '2026-09-16 Día de la Independencia',
      '2026-11-16 Día de la Revolución',
      '2026-12-25 Navidad',
    ]);
    for (let y = 2023; y <= 2029; y++) expect(yearCount(office, 'MX', y)).toBeGreaterThan(0);
    expect(after('2026-09-15')).toBe('2026-09-17');
    expect(after('2026-03-20')).toBe('2026-03-23'); // San José is Colombian
    expect(yearCount(office, 'CO', 2026)).toBe(19); // kept, in case the office switches back
  });
});
