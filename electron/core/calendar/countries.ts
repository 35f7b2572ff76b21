/**
 * The countries whose holidays the office can follow (the `calendar.country` setting) and
 * the years the calendar answers for. No imports: the screens read these too.
 */
export const HOLIDAY_COUNTRIES = ['CO', 'MX'] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

export const COUNTRY_NAMES: Record<HolidayCountry, string> = { CO: 'Colombia', MX: 'México' };

/** Years the holiday library is asked about; a date outside (a typing slip) finds no holidays. */
export const HOLIDAY_YEARS = { min: 1950, max: 2150 } as const;
