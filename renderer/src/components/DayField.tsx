import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState, type ReactNode, type Ref } from 'react';
import { formatDate } from '../format/format';
import { parseReportDate } from '../format/report-date';

interface Props {
  label: string;
  /** The date shown (YYYY-MM-DD). */
  date: string;
  today: string;
  /** The last date that may be typed (a report: today; the agenda looks ahead). */
  latest: string;
  /** Where the arrows go (null: nowhere), and what they are called ("Día hábil anterior"). */
  previous: string | null;
  next: string | null;
  stepLabels: readonly [string, string];
  onChange(date: string): void;
  inputRef?: Ref<HTMLInputElement>;
  busy?: boolean;
}

/**
 * A day to consult: typed as dd/mm/aaaa and CONSULTAR (or Enter), or stepped with the arrows.
 * A date that is not one, or after `latest`, is refused next to the field and nothing is asked.
 */
export function DayField({ label, date, today, latest, previous, next, stepLabels, onChange, inputRef, busy = false }: Props) {
  const [text, setText] = useState(formatDate(date));
  const [shown, setShown] = useState(date);
  const [error, setError] = useState<string | null>(null);

  // A date chosen with the arrows (or by the screen) replaces what was typed.
  if (shown !== date) {
    setShown(date);
    setText(formatDate(date));
    setError(null);
  }

  function consult() {
    const checked = parseReportDate(text, latest);
    if (!checked.ok) return setError(checked.message);
    setError(null);
    setText(formatDate(checked.date));
    onChange(checked.date);
  }

  const arrow = (to: string | null, title: string, icon: ReactNode) => (
    <Tooltip title={title}>
      <span>
        <IconButton aria-label={title} onClick={() => to && onChange(to)} disabled={busy || !to} sx={{ mt: 0.25 }}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );

  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.75 }}>
      {arrow(previous, stepLabels[0], <ChevronLeftIcon />)}
      <TextField
        label={label}
        name="date"
        inputRef={inputRef}
        value={text}
        placeholder="dd/mm/aaaa"
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            consult();
          }
        }}
        onFocus={(e) => e.target.select()}
        error={Boolean(error)}
        helperText={error ?? 'dd/mm/aaaa'}
        sx={{ width: 170 }}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
      />
      {arrow(next, stepLabels[1], <ChevronRightIcon />)}
      <Button variant="contained" onClick={consult} disabled={busy} sx={{ mt: 0.5 }}>
        CONSULTAR
      </Button>
      <Button onClick={() => onChange(today)} disabled={busy || date === today} sx={{ mt: 0.5 }}>
        Hoy
      </Button>
    </Box>
  );
}
