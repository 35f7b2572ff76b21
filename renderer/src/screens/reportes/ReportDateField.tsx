import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState, type Ref } from 'react';
import { parseReportDate, shiftDate, toDisplay } from './report-date';

interface Props {
  /** The date shown (YYYY-MM-DD). */
  date: string;
  today: string;
  onChange(date: string): void;
  inputRef?: Ref<HTMLInputElement>;
  busy?: boolean;
}

/**
 * The day of a report: typed as dd/mm/aaaa and CONSULTAR (or Enter), or moved a day at a time.
 * A date that is not one, or in the future, is refused next to the field and nothing is asked.
 */
export function ReportDateField({ date, today, onChange, inputRef, busy = false }: Props) {
  const [text, setText] = useState(toDisplay(date));
  const [shown, setShown] = useState(date);
  const [error, setError] = useState<string | null>(null);

  // A date chosen with the arrows (or by the screen) replaces what was typed.
  if (shown !== date) {
    setShown(date);
    setText(toDisplay(date));
    setError(null);
  }

  function consult() {
    const checked = parseReportDate(text, today);
    if (!checked.ok) return setError(checked.message);
    setError(null);
    setText(toDisplay(checked.date));
    onChange(checked.date);
  }

  const move = (days: number) => onChange(shiftDate(date, days));

  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.75 }}>
      <Tooltip title="Día anterior">
        <IconButton aria-label="Día anterior" onClick={() => move(-1)} disabled={busy} sx={{ mt: 0.25 }}>
          <ChevronLeftIcon />
        </IconButton>
      </Tooltip>
      <TextField
        label="Fecha del informe"
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
      <Tooltip title="Día siguiente">
        <span>
          <IconButton aria-label="Día siguiente" onClick={() => move(1)} disabled={busy || date >= today} sx={{ mt: 0.25 }}>
            <ChevronRightIcon />
          </IconButton>
        </span>
      </Tooltip>
      <Button variant="contained" onClick={consult} disabled={busy} sx={{ mt: 0.5 }}>
        CONSULTAR
      </Button>
      <Button onClick={() => onChange(today)} disabled={busy || date === today} sx={{ mt: 0.5 }}>
        Hoy
      </Button>
    </Box>
  );
}
