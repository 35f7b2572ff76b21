import type { Ref } from 'react';
import { DayField } from '../../../components/DayField';

/** The agenda looks ahead as well as back: any date that exists (dd/mm/aaaa) is accepted. */
const NO_LIMIT = '9999-12-31';

interface Props {
  date: string;
  today: string;
  /** The business days around the date shown, as the core computed them (holidays included). */
  previous: string | null;
  next: string | null;
  onChange(date: string): void;
  inputRef?: Ref<HTMLInputElement>;
  busy?: boolean;
}

/** The agenda's day: typed and Enter (or CONSULTAR), or stepped a business day at a time. */
export function AgendaDateField(props: Props) {
  return (
    <DayField label="Día de la agenda" latest={NO_LIMIT} stepLabels={['Día hábil anterior', 'Día hábil siguiente']} {...props} />
  );
}
