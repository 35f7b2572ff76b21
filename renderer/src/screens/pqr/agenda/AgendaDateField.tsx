import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState, type Ref } from 'react';
import { parseReportDate, toDisplay } from '../../reportes/report-date';

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
export function AgendaDateField({ date, today, previous, next, onChange, inputRef, busy = false }: Props) {
  const [text, setText] = useState(toDisplay(date));
  const [shown, setShown] = useState(date);
  const [error, setError] = useState<string | null>(null);

  if (shown !== date) {
    setShown(date);
    setText(toDisplay(date));
    setError(null);
  }

  function consult() {
    const checked = parseReportDate(text, NO_LIMIT);
    if (!checked.ok) return setError(checked.message);
    setError(null);
    setText(toDisplay(checked.date));
    onChange(checked.date);
  }

  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.75 }}>
      <Tooltip title="Día hábil anterior">
        <span>
          <IconButton
            aria-label="Día hábil anterior"
            onClick={() => previous && onChange(previous)}
            disabled={busy || !previous}
            sx={{ mt: 0.25 }}
          >
            <ChevronLeftIcon />
          </IconButton>
        </span>
      </Tooltip>
      <TextField
        label="Día de la agenda"
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
      <Tooltip title="Día hábil siguiente">
        <span>
          <IconButton
            aria-label="Día hábil siguiente"
            onClick={() => next && onChange(next)}
            disabled={busy || !next}
            sx={{ mt: 0.25 }}
          >
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
