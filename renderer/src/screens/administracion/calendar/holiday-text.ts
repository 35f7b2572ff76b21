const weekdayFormat = new Intl.DateTimeFormat('es-CO', { timeZone: 'UTC', weekday: 'long' });

/** "lunes" for "2026-03-23": the day of the week of a civil date (read in UTC so it never shifts). */
export function weekdayName(date: string): string {
  return weekdayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** The years offered: three around today's (as loaded on the first start) and the one chosen. */
export function yearChoices(todayYear: number, chosen: number): number[] {
  const years = new Set([chosen]);
  for (let y = todayYear - 3; y <= todayYear + 3; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}
