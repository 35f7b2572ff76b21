import { z } from 'zod';
import { rolesOf } from '../auth/modules';
import { HOLIDAY_COUNTRIES, HOLIDAY_YEARS } from '../calendar/countries';
import { mutation, query } from './define';
import { civilDate, id, lineText } from './fields';

const admin = rolesOf('ADMINISTRACION');

const inYears = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= HOLIDAY_YEARS.min && year <= HOLIDAY_YEARS.max;
};

/** A date the calendar can answer for: the holiday library covers these years. */
const calendarDate = (label: string) =>
  z.iso
    .date({ error: `${label}: use el formato AAAA-MM-DD` })
    .refine(inYears, { error: `${label}: debe estar entre ${HOLIDAY_YEARS.min} y ${HOLIDAY_YEARS.max}` });

export const holidayCountry = z.enum(HOLIDAY_COUNTRIES, { error: 'País: Colombia (CO) o México (MX)' });

export const holidayRow = z.object({
  id: z.number(),
  date: civilDate,
  name: z.string(),
  /** LIBRERIA: loaded from the holiday library; MANUAL: added by an administrator. */
  source: z.enum(['LIBRERIA', 'MANUAL']),
});
export type HolidayRow = z.infer<typeof holidayRow>;

const yearHolidays = z.object({
  country: holidayCountry,
  countryName: z.string(),
  year: z.number(),
  holidays: z.array(holidayRow),
});
export type YearHolidays = z.infer<typeof yearHolidays>;

export const calendarContract = {
  /** The office's holidays of a year; a year not loaded yet is loaded from the library first. */
  'calendar.holidays': query(
    'session',
    z.strictObject({
      year: z
        .number({ error: 'Año: escriba un número' })
        .int({ error: 'Año: escriba un número entero' })
        .min(HOLIDAY_YEARS.min, { error: `Año: desde ${HOLIDAY_YEARS.min}` })
        .max(HOLIDAY_YEARS.max, { error: `Año: hasta ${HOLIDAY_YEARS.max}` }),
    }),
    yearHolidays,
  ),
  'calendar.addHoliday': mutation(
    admin,
    z.strictObject({
      date: calendarDate('Fecha'),
      name: lineText('Nombre del festivo', 80).refine((s) => s.length > 0, { error: 'Nombre del festivo: es obligatorio' }),
    }),
    holidayRow,
  ),
  'calendar.removeHoliday': mutation(admin, z.strictObject({ id }), holidayRow),
  /** Which country's holidays the office follows; the years around today are loaded at once. */
  'calendar.setCountry': mutation(
    admin,
    z.strictObject({ country: holidayCountry }),
    z.object({ country: holidayCountry, countryName: z.string() }),
  ),
  /** For screens that preview a term: the n-th business day after a date. */
  'calendar.businessDays': query(
    'session',
    z.strictObject({
      from: calendarDate('Fecha'),
      days: z
        .number({ error: 'Días hábiles: escriba un número' })
        .int({ error: 'Días hábiles: escriba un número entero' })
        .min(0, { error: 'Días hábiles: no puede ser negativo' })
        .max(250, { error: 'Días hábiles: máximo 250' }),
    }),
    z.object({ from: civilDate, days: z.number(), dueOn: civilDate, country: holidayCountry }),
  ),
};
