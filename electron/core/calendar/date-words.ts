import { dayNumber, weekdayOfDay } from './epoch-days';

export const WEEKDAY_NAMES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'] as const;

/** "sábado 21/03/2026": how a message names a day. */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-');
  return `${WEEKDAY_NAMES[weekdayOfDay(dayNumber(date))]} ${d}/${m}/${y}`;
}
