import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  COUNTRY_NAMES,
  HOLIDAY_COUNTRIES,
  HOLIDAY_YEARS,
  type HolidayCountry,
} from '../../../../../electron/core/calendar/countries';
import { call } from '../../../api';
import { calendarQueries } from '../../../api/calendar';
import { useReadAgain } from '../../../api/read-again';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Panel } from '../../../components/Panel';
import { formatDate, formatWeekday } from '../../../format/format';
import { HolidayAddDialog } from './HolidayAddDialog';
import { HolidaysTable, type HolidayRow } from './HolidaysTable';
import { yearChoices } from './holiday-text';

type Notice = { severity: 'success' | 'error'; text: string } | null;
type Pending = { kind: 'remove'; holiday: HolidayRow } | { kind: 'country'; country: HolidayCountry } | null;

const NOT_RETROACTIVE =
  'Agregar o quitar un festivo no cambia los vencimientos ya calculados: cuenta para los términos que se calculen desde ahora.';

/** ADMINISTRACIÓN → Calendario: the holidays the business-day engine skips, year by year. */
export function CalendarScreen({ active, activation }: ScreenProps) {
  const { today } = useSessionInfo();
  const todayYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(todayYear);
  // The year before stays on screen (and its country in the selector) while the next one is read.
  const holidays = useQuery({ ...calendarQueries.holidays(year), enabled: active, placeholderData: keepPreviousData });
  const data = holidays.data ?? null;
  const [notice, setNotice] = useState<Notice>(null);
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const readAgain = useReadAgain();
  const yearRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (active) yearRef.current?.focus();
  }, [active, activation]);

  function added(h: HolidayRow) {
    setAdding(false);
    setNotice({
      severity: 'success',
      text: `${h.name} (${formatWeekday(h.date)} ${formatDate(h.date)}) agregado al calendario.`,
    });
    const addedYear = Number(h.date.slice(0, 4));
    if (addedYear === year) readAgain('calendar.holidays');
    else setYear(addedYear);
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    const result =
      pending.kind === 'remove'
        ? await call('calendar.removeHoliday', { id: pending.holiday.id })
        : await call('calendar.setCountry', { country: pending.country });
    setBusy(false);
    setPending(null);
    if (!result.ok) return setNotice({ severity: 'error', text: result.error.message });
    setNotice({
      severity: 'success',
      text:
        pending.kind === 'remove'
          ? `${pending.holiday.name} (${formatDate(pending.holiday.date)}) quitado del calendario.`
          : `El calendario sigue ahora los festivos de ${COUNTRY_NAMES[pending.country]}.`,
    });
    readAgain('calendar.holidays');
  }

  const move = (step: number) => setYear((y) => Math.min(HOLIDAY_YEARS.max, Math.max(HOLIDAY_YEARS.min, y + step)));
  const shown = data?.year === year ? data : null;

  return (
    <Panel
      title="Calendario de días festivos"
      action={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          AGREGAR FESTIVO
        </Button>
      }
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <IconButton aria-label="Año anterior" onClick={() => move(-1)}>
          <ChevronLeftIcon />
        </IconButton>
        <TextField
          select
          label="Año"
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          slotProps={{ select: { native: true }, htmlInput: { ref: yearRef } }}
          sx={{ width: 110 }}
        >
          {yearChoices(todayYear, year).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </TextField>
        <IconButton aria-label="Año siguiente" onClick={() => move(1)}>
          <ChevronRightIcon />
        </IconButton>
        <TextField
          select
          label="País"
          value={data?.country ?? ''}
          disabled={!data}
          onChange={(e) => setPending({ kind: 'country', country: e.target.value as HolidayCountry })}
          slotProps={{ select: { native: true } }}
          sx={{ width: 160, ml: 2 }}
        >
          {!data && <option value="" />}
          {HOLIDAY_COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {COUNTRY_NAMES[c]}
            </option>
          ))}
        </TextField>
        {shown && (
          <Typography variant="body2" color="text.secondary" sx={{ ml: 1 }}>
            {shown.holidays.length} festivos entre semana en {shown.year}
          </Typography>
        )}
      </Box>
      <Alert severity="info" sx={{ mb: 1 }}>
        {NOT_RETROACTIVE} Los sábados y domingos nunca son hábiles, por eso aquí solo figuran los festivos entre semana.
      </Alert>
      {notice && (
        <Alert
          severity={notice.severity}
          onClose={() => setNotice(null)}
          role={notice.severity === 'error' ? 'alert' : 'status'}
          sx={{ mb: 1 }}
        >
          {notice.text}
        </Alert>
      )}
      {holidays.error && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {holidays.error.message}
        </Alert>
      )}
      {shown ? (
        <HolidaysTable holidays={shown.holidays} onRemove={(holiday) => setPending({ kind: 'remove', holiday })} />
      ) : (
        !holidays.error && <LinearProgress aria-label="Cargando festivos" />
      )}
      <HolidayAddDialog
        key={year}
        open={adding}
        initialDate={year === todayYear ? today : `${year}-01-01`}
        onClose={() => setAdding(false)}
        onAdded={added}
      />
      <ConfirmDialog
        open={pending !== null}
        danger
        busy={busy}
        title={pending?.kind === 'country' ? 'Cambiar el país del calendario' : 'Quitar festivo'}
        message={confirmMessage(pending)}
        confirmLabel={pending?.kind === 'country' ? 'CAMBIAR PAÍS' : 'QUITAR'}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </Panel>
  );
}

function confirmMessage(pending: Pending): string {
  if (pending?.kind === 'remove') {
    const h = pending.holiday;
    return `¿Quitar «${h.name}» (${formatWeekday(h.date)} ${formatDate(h.date)}) del calendario? Ese día contará como hábil. ${NOT_RETROACTIVE}`;
  }
  if (pending?.kind === 'country') {
    return `Los días hábiles se contarán con los festivos de ${COUNTRY_NAMES[pending.country]}. ${NOT_RETROACTIVE}`;
  }
  return '';
}
