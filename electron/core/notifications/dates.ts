import { civilDateOf } from '../clock';
import type { Ctx } from '../context';
import { today } from '../context';
import { ruleBroken } from '../errors';
import { getSetting } from '../settings/settings';

const shortDate = new Intl.DateTimeFormat('es-CO', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
/** 23/11/2026, as the messages say a date. */
export const shown = (civil: string) => shortDate.format(new Date(`${civil}T00:00:00Z`));

/** The civil day of an instant saved in the office (the letter's date). */
export const civilOf = (ctx: Ctx, instant: string) => civilDateOf(new Date(instant), getSetting(ctx.db, 'office.timeZone'));

/**
 * A day the user typed for something that already happened: today when absent, never in the
 * future, never before `notBefore` (the letter's date, the sending, the failed visit).
 */
export function pastDay(
  ctx: Ctx,
  value: string | undefined,
  field: string,
  label: string,
  notBefore: { date: string; what: string },
): string {
  const day = value ?? today(ctx);
  if (day > today(ctx)) throw ruleBroken(`${label}: no puede ser una fecha futura`, field);
  if (day < notBefore.date)
    throw ruleBroken(`${label}: no puede ser anterior a ${notBefore.what} (${shown(notBefore.date)})`, field);
  return day;
}
