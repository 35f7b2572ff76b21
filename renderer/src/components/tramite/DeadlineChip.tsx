import Chip from '@mui/material/Chip';
import { formatDate } from '../../format/format';

interface Deadline {
  dueOn: string;
  daysLeft: number;
  dueSoon: boolean;
  overdue: boolean;
  silence?: boolean;
  paused?: boolean;
}

/** The legal term at a glance: due date and business days left, coloured when close or past. */
export function DeadlineChip({ deadline, closed = false }: { deadline: Deadline; closed?: boolean }) {
  const { dueOn, daysLeft, dueSoon, overdue, silence, paused } = deadline;
  const left = closed ? 'cerrado' : paused ? 'en espera' : overdue ? `vencido hace ${-daysLeft} d. háb.` : `${daysLeft} d. háb.`;
  const color = closed ? 'default' : overdue ? 'error' : dueSoon ? 'warning' : paused ? 'info' : 'success';
  return (
    <Chip
      size="small"
      color={color}
      variant={overdue || dueSoon ? 'filled' : 'outlined'}
      label={`${formatDate(dueOn)} · ${left}${silence && !closed ? ' · SILENCIO ADMINISTRATIVO' : ''}`}
      aria-label={`Vence ${formatDate(dueOn)}, ${left}`}
    />
  );
}
