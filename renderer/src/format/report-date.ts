import { formatDate } from './format';

/**
 * The date of a report as the supervisor types it (dd/mm/aaaa, as Colombia and Mexico write
 * dates, and as formatDate shows it) and as the core takes it (YYYY-MM-DD).
 */
export type DateCheck = { ok: true; date: string } | { ok: false; message: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The civil date `days` after (or before) `date`, whatever the computer's zone. */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const FIRST_YEAR = 2000;

/**
 * "23/11/2026", "23-11-2026", "23.11.2026", "23112026" or "2026-11-23": the date, if it exists
 * and is not after `today` (the office has no activity in the future).
 */
export function parseReportDate(text: string, today: string): DateCheck {
  const s = text.trim();
  if (!s) return { ok: false, message: 'Fecha: escríbala como dd/mm/aaaa' };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const [day, month, year] = m
    ? [Number(m[1]), Number(m[2]), Number(m[3])]
    : iso
      ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
      : [NaN, NaN, NaN];
  if (Number.isNaN(day)) return { ok: false, message: 'Fecha: escríbala como dd/mm/aaaa, por ejemplo 23/11/2026' };
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) {
    return { ok: false, message: `Fecha: el ${pad(day)}/${pad(month)}/${year} no existe` };
  }
  if (year < FIRST_YEAR) return { ok: false, message: `Fecha: no hay informes antes de ${FIRST_YEAR}` };
  if (date > today) return { ok: false, message: `Fecha: no puede ser posterior a hoy (${formatDate(today)})` };
  return { ok: true, date };
}
