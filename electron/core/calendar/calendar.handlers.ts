import type { calendarContract } from '../contract/calendar.contract';
import type { HandlersOf } from '../handler';
import { addHoliday, businessDaysFrom, listHolidays, removeHoliday, setCountry } from './calendar.service';

export const calendarHandlers = {
  'calendar.holidays': (ctx, input) => listHolidays(ctx, input.year),
  'calendar.addHoliday': addHoliday,
  'calendar.removeHoliday': removeHoliday,
  'calendar.setCountry': setCountry,
  'calendar.businessDays': businessDaysFrom,
} satisfies HandlersOf<typeof calendarContract>;
