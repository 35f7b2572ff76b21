import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { PQR_STATUS_LABEL } from '../../../../../electron/core/pqr/states';
import { call } from '../../../api';
import { agendaQueries, useFreeSlotsAgain } from '../../../api/agenda';
import { DataList } from '../../../components/DataList';
import { formatDayLabel, formatInstant } from '../../../format/format';
import { slotLabel, type Appointment, type Slot } from './agenda-text';
import type { GridVisit } from './AgendaGrid';
import { SlotPicker } from './SlotPicker';

interface Props {
  visit: GridVisit;
  visitOn: string;
  today: string;
  /** Whether this user may move appointments (the core decides anyway). */
  canReschedule: boolean;
  /** Closed, with or without a move (a move makes the agenda read itself again). */
  onClose(): void;
}

const STATUS_TEXT: Record<Appointment['status'], string> = {
  ACTIVA: 'Activa',
  REPROGRAMADA: 'Reprogramada',
  CANCELADA: 'Cancelada',
  REALIZADA: 'Realizada',
};

function History({ appointments }: { appointments: Appointment[] }) {
  return (
    <Box component="ol" aria-label="Historial de la cita" sx={{ m: 0, pl: 2.5, fontSize: '0.8rem' }}>
      {appointments.map((a) => (
        <li key={a.id}>
          <strong>{slotLabel(a)}</strong> · {STATUS_TEXT[a.status]} · dada por {a.asesor.fullName} el {formatInstant(a.createdAt)}
          {a.rescheduleReason && <> · motivo del cambio: {a.rescheduleReason}</>}
        </li>
      ))}
    </Box>
  );
}

/** One visit: who, where, the trámite, the appointment's history, and Reprogramar (new free slot + reason). */
export function VisitDialog({ visit, visitOn, today, canReschedule, onClose }: Props) {
  const { data: history, error } = useQuery(agendaQueries.history(visit.filingNumber));
  const readSlotsAgain = useFreeSlotsAgain();
  const [moving, setMoving] = useState(false);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const current = { visitOn, timeWindow: visit.timeWindow };
  const titleId = useId();

  async function save() {
    const local: Record<string, string> = {};
    if (!slot) local.appointment = 'Nueva cita: elija un día y una franja libres';
    if (reason.trim().length < 10) local.reason = 'Motivo: explique en al menos 10 caracteres';
    setErrors(local);
    if (!slot || Object.keys(local).length > 0) return;
    setBusy(true);
    const result = await call('agenda.reschedule', { filingNumber: visit.filingNumber, appointment: slot, reason });
    setBusy(false);
    if (result.ok) return onClose();
    const byField: Record<string, string> = {};
    for (const issue of result.error.issues ?? [])
      byField[issue.field.startsWith('appointment') ? 'appointment' : issue.field] ??= issue.message;
    setErrors(Object.keys(byField).length > 0 ? byField : { form: result.error.message });
    // Someone may have taken the place meanwhile: read the agenda again.
    if (result.error.code === 'CONFLICT') {
      setSlot(null);
      readSlotsAgain();
    }
  }

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>
        Visita {visit.filingNumber} · {formatDayLabel(visitOn)} · {visit.timeWindow}
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <DataList
          items={[
            ['Radicado', visit.filingNumber],
            ['Estado del trámite', PQR_STATUS_LABEL[visit.requestStatus]],
            ['Suscriptor', `${visit.subscriberCode} · ${visit.name}`],
            ['Dirección', `${visit.address}${visit.neighborhood ? ` · ${visit.neighborhood}` : ''}`],
            ['Ruta', visit.routeCode],
            ['Celular', visit.mobile],
            ['Servicio · causal', `${visit.service} · ${visit.cause}`],
            ['Contratista', visit.workOrderNumber ? `${visit.worker} (orden ${visit.workOrderNumber})` : visit.worker],
            ['Cita dada por', visit.asesor],
          ]}
        />
        <Box>
          <Typography variant="subtitle2">Historial de la cita</Typography>
          {error && <Alert severity="error">{error.message}</Alert>}
          {!history && !error && <LinearProgress />}
          {history && <History appointments={history} />}
        </Box>
        {moving && (
          <Box role="group" aria-label="Reprogramar la visita" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Typography variant="subtitle2">Nueva cita</Typography>
            <SlotPicker from={today} value={slot} onChange={setSlot} current={current} />
            {errors.appointment && <Alert severity="error">{errors.appointment}</Alert>}
            <TextField
              label="Motivo de la reprogramación"
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={Boolean(errors.reason)}
              helperText={errors.reason ?? 'Por qué se mueve la visita (queda en el historial)'}
              multiline
              minRows={2}
            />
            {errors.form && (
              <Alert severity="error" role="alert">
                {errors.form}
              </Alert>
            )}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cerrar</Button>
        {canReschedule && !moving && visit.status === 'ACTIVA' && (
          <Button variant="outlined" onClick={() => setMoving(true)}>
            Reprogramar
          </Button>
        )}
        {moving && (
          <Button variant="contained" onClick={() => void save()} disabled={busy}>
            GUARDAR REPROGRAMACIÓN
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
