import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { may } from '../../../../../electron/core/contract/may';
import { agendaQueries } from '../../../api/agenda';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { Panel } from '../../../components/Panel';
import { routeSheetNumber } from '../../../../../electron/core/contract/print.contract';
import { PrintButton } from '../../../documents';
import { formatLongDate } from '../../../format/format';
import { AgendaDateField } from './AgendaDateField';
import { AgendaGrid, type GridVisit } from './AgendaGrid';
import { VisitDialog } from './VisitDialog';

/**
 * PQR → Agenda de visitas (seed 002 step 10, instead of the shared spreadsheet): a day's
 * windows and places with who is booked, each visit's details and history, Reprogramar, and
 * the day's hoja de ruta per field worker.
 */
export function AgendaScreen({ active, activation }: ScreenProps) {
  const { today, user } = useSessionInfo();
  const [date, setDate] = useState(today);
  const [open, setOpen] = useState<GridVisit | null>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  // The agenda fills up while the coordinator looks at it: read again when the screen is chosen
  // and after any booking. The last day stays on screen while the next one comes.
  const agenda = useQuery({ ...agendaQueries.day(date), enabled: active, placeholderData: keepPreviousData });
  const shown = agenda.data?.date === date ? agenda.data : null;
  const visits = shown ? shown.groups.reduce((n, g) => n + g.visits.length, 0) : 0;

  useEffect(() => {
    if (active) dateRef.current?.focus();
  }, [active, activation]);

  function choose(next: string) {
    // CONSULTAR on the day shown asks again.
    if (next === date) void agenda.refetch();
    else setDate(next);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1280 }}>
      <Panel title="Agenda de visitas">
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 2 }}>
          <AgendaDateField
            date={date}
            today={today}
            previous={shown?.previousBusinessDay ?? null}
            next={shown?.nextBusinessDay ?? null}
            onChange={choose}
            inputRef={dateRef}
            busy={agenda.isFetching}
          />
          <Box sx={{ ml: 'auto' }}>
            <PrintButton
              key={date}
              type="HOJA_RUTA"
              number={routeSheetNumber(date)}
              label="IMPRIMIR HOJA DE RUTA"
              disabled={!shown || visits === 0}
            />
          </Box>
        </Box>
        {agenda.isFetching && <LinearProgress aria-label="Leyendo la agenda" sx={{ mt: 1 }} />}
        {agenda.error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {agenda.error.message}
          </Alert>
        )}
        {shown && (
          <Typography variant="body2" sx={{ mt: 1 }} role="status">
            Agenda del <strong>{formatLongDate(shown.date)}</strong> · {visits === 1 ? '1 visita' : `${visits} visitas`} ·{' '}
            {shown.capacity} cupos por franja
          </Typography>
        )}
        {shown && !shown.businessDay && (
          <Alert severity="info" sx={{ mt: 1 }}>
            {shown.holiday
              ? `Festivo (${shown.holiday}): la agenda no da citas este día.`
              : 'No es día hábil: la agenda no da citas los fines de semana.'}
          </Alert>
        )}
      </Panel>
      {shown && (shown.businessDay || visits > 0) && (
        <Panel title="Franjas y cupos" flush>
          <AgendaGrid day={shown} onOpen={setOpen} />
        </Panel>
      )}
      {open && shown && (
        <VisitDialog
          visit={open}
          visitOn={shown.date}
          today={today}
          canReschedule={may('agenda.reschedule', user.role)}
          onClose={() => setOpen(null)}
        />
      )}
    </Box>
  );
}
