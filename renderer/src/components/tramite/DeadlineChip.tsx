import Chip from '@mui/material/Chip';
import { formatDate, formatInstant } from '../../format/format';

interface Deadline {
  dueOn: string;
  daysLeft: number;
  /** The instant a term in hours is due (a reconnection: 24 h from the verified payment). */
  dueAt?: string | null;
  /** Hours left of a term in hours, negative once late; null for a term in business days. */
  hoursLeft?: number | null;
  dueSoon: boolean;
  overdue: boolean;
  silence?: boolean;
  paused?: boolean;
}

/** What is left of the term: business days, or hours for a term counted in hours. */
function leftOf({ daysLeft, hoursLeft, overdue }: Deadline): string {
  if (hoursLeft !== null && hoursLeft !== undefined) return overdue ? `vencido hace ${-hoursLeft} h` : `vence en ${hoursLeft} h`;
  return overdue ? `vencido hace ${-daysLeft} d. háb.` : `${daysLeft} d. háb.`;
}

/** The legal term at a glance: when it is due and what is left, coloured when close or past. */
export function DeadlineChip({ deadline, closed = false }: { deadline: Deadline; closed?: boolean }) {
  const { dueOn, dueAt, dueSoon, overdue, silence, paused } = deadline;
  const due = dueAt ? formatInstant(dueAt) : formatDate(dueOn);
  const left = closed ? 'cerrado' : paused ? 'en espera' : leftOf(deadline);
  const color = closed ? 'default' : overdue ? 'error' : dueSoon ? 'warning' : paused ? 'info' : 'success';
  return (
    <Chip
      size="small"
      color={color}
      variant={overdue || dueSoon ? 'filled' : 'outlined'}
      label={`${due} · ${left}${silence && !closed ? ' · SILENCIO ADMINISTRATIVO' : ''}`}
      aria-label={`Vence ${due}, ${left}`}
    />
  );
}
