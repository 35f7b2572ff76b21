import type { Ctx } from '../context';
import { today } from '../context';
import { ruleBroken } from '../errors';
import { officeText } from '../office/office-format';

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
    throw ruleBroken(`${label}: no puede ser anterior a ${notBefore.what} (${officeText(ctx.db).date(notBefore.date)})`, field);
  return day;
}
