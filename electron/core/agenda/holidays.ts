import type { HolidaySet } from '../calendar/business-days';
import type { Ctx } from '../context';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';

type Reader = Pick<Ctx, 'db' | 'sqlite'>;

/** The holidays' country follows the company's regional setting until the calendar has its own. */
const countryOf = (ctx: Reader): 'CO' | 'MX' => (getSetting(ctx.db, 'company.profile').locale === 'es-MX' ? 'MX' : 'CO');

/**
 * The office's holidays (ADMINISTRACIÓN → Calendario edits the table). A stand-in, read here,
 * for the calendar's shared reader: the agenda switches to it when it lands.
 */
export function agendaHolidays(ctx: Reader): HolidaySet {
  const dates = prepared(ctx.sqlite, 'SELECT date FROM holidays WHERE country = ?').pluck().all(countryOf(ctx)) as string[];
  return new Set(dates);
}

/** The holiday's name, for a message that says why a day is refused. */
export function holidayName(ctx: Reader, date: string): string | null {
  const name = prepared(ctx.sqlite, 'SELECT name FROM holidays WHERE country = ? AND date = ?').pluck().get(countryOf(ctx), date);
  return (name as string | undefined) ?? null;
}
