import { procedureQuery } from './queries';

/** The office's calendar: a year's holidays (ADMINISTRACIÓN → Calendario) and a term's due date. */
export const calendarQueries = {
  holidays: (year: number) => procedureQuery('calendar.holidays', { year }),
  businessDays: (from: string, days: number) => procedureQuery('calendar.businessDays', { from, days }),
};
