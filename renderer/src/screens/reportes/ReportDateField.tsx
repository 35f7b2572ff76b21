import type { Ref } from 'react';
import { DayField } from '../../components/DayField';
import { shiftDate } from '../../format/report-date';

interface Props {
  /** The date shown (YYYY-MM-DD). */
  date: string;
  today: string;
  onChange(date: string): void;
  inputRef?: Ref<HTMLInputElement>;
  busy?: boolean;
}

/** The day of a report: any day up to today, a day at a time with the arrows. */
export function ReportDateField({ date, today, ...rest }: Props) {
  return (
    <DayField
      label="Fecha del informe"
      date={date}
      today={today}
      latest={today}
      previous={shiftDate(date, -1)}
      next={date >= today ? null : shiftDate(date, 1)}
      stepLabels={['Día anterior', 'Día siguiente']}
      {...rest}
    />
  );
}
