import type { Ctx } from '../context';
import { today } from '../context';
import type { HolidayRow, YearHolidays } from '../contract/calendar.contract';
import { AppError, notFound, ruleBroken } from '../errors';
import { officeText } from '../office/office-format';
import { changeSetting } from '../settings/settings';
import { prepared } from '../statements';
import { addBusinessDays } from './business-days';
import { dayNumber, weekdayOfDay } from './epoch-days';
import { COUNTRY_NAMES, type HolidayCountry } from './countries';
import { loadHolidayYears, yearsAround } from './holiday-library';
import { forgetHolidays, holidaysOf, officeCountry } from './holidays';

const ROW = 'SELECT id, date, name, source FROM holidays';

/** Loads the years the table lacks from the library; what holidaysOf remembers is dropped when it did. */
function ensureYears(ctx: Ctx, country: HolidayCountry, years: readonly number[]): void {
  if (loadHolidayYears(ctx.sqlite, country, years, ctx.clock.now()).length > 0) forgetHolidays(ctx.sqlite);
}

export function listHolidays(ctx: Ctx, year: number): YearHolidays {
  const country = officeCountry(ctx);
  ensureYears(ctx, country, [year]);
  const holidays = prepared(ctx.sqlite, `${ROW} WHERE country = ? AND date BETWEEN ? AND ? ORDER BY date`).all(
    country,
    `${year}-01-01`,
    `${year}-12-31`,
  ) as HolidayRow[];
  return { country, countryName: COUNTRY_NAMES[country], year, holidays };
}

/**
 * A day the office closes that the library does not know (a new law, a local holiday). A
 * weekend is refused: it is not a business day anyway. Terms already computed stay as they are.
 */
export function addHoliday(ctx: Ctx, input: { date: string; name: string }): HolidayRow {
  const country = officeCountry(ctx);
  const w = weekdayOfDay(dayNumber(input.date));
  if (w === 0 || w === 6) {
    throw ruleBroken(`Fecha: el ${officeText(ctx.db).day(input.date)} es fin de semana y ya no cuenta como día hábil.`, 'date');
  }
  // The library's holidays of that year come first, or the year would look loaded with one day.
  ensureYears(ctx, country, [Number(input.date.slice(0, 4))]);
  const existing = prepared(ctx.sqlite, `${ROW} WHERE country = ? AND date = ?`).get(country, input.date) as
    HolidayRow | undefined;
  if (existing) {
    const message = `Fecha: el ${officeText(ctx.db).day(input.date)} ya es festivo (${existing.name}).`;
    throw new AppError('CONFLICT', message, { issues: [{ field: 'date', message }] });
  }
  const row = prepared(
    ctx.sqlite,
    "INSERT INTO holidays (country, date, name, source, created_at) VALUES (?, ?, ?, 'MANUAL', ?) RETURNING id, date, name, source",
  ).get(country, input.date, input.name, ctx.clock.now().toISOString()) as HolidayRow;
  forgetHolidays(ctx.sqlite);
  ctx.audit({ recordType: 'holiday', recordId: row.id, after: { country, ...row } });
  return row;
}

/** Takes a day off the calendar (library or manual); terms already computed stay as they are. */
export function removeHoliday(ctx: Ctx, input: { id: number }): HolidayRow {
  const row = prepared(ctx.sqlite, `${ROW} WHERE id = ? AND country = ?`).get(input.id, officeCountry(ctx)) as
    HolidayRow | undefined;
  if (!row) throw notFound('El festivo no existe en el calendario de la oficina.');
  prepared(ctx.sqlite, 'DELETE FROM holidays WHERE id = ?').run(row.id);
  forgetHolidays(ctx.sqlite);
  ctx.audit({ recordType: 'holiday', recordId: row.id, before: row });
  return row;
}

export function setCountry(ctx: Ctx, input: { country: HolidayCountry }) {
  changeSetting(ctx, 'calendar.country', input.country);
  ensureYears(ctx, input.country, yearsAround(today(ctx)));
  return { country: input.country, countryName: COUNTRY_NAMES[input.country] };
}

export function businessDaysFrom(ctx: Ctx, input: { from: string; days: number }) {
  const dueOn = addBusinessDays(input.from, input.days, holidaysOf(ctx));
  return { from: input.from, days: input.days, dueOn, country: officeCountry(ctx) };
}
