import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../../../db/schema/enums';
import {
  notificationInput,
  type NotificationInput,
  type NotificationView,
} from '../../../../../electron/core/contract/notifications.contract';
import type { PartyRow } from '../../../../../electron/core/contract/parties.contract';
import { call } from '../../../api';
import { useSessionInfo } from '../../../app/session-context';
import { useForm } from '../../../components/use-form';
import { formatDate } from '../../../format/format';
import { KIND_LABELS } from './notification-text';

interface Props {
  filingNumber: string;
  party: PartyRow;
  history: readonly NotificationView[];
}

const FIELDS = ['kind', 'result', 'on', 'receiverName', 'receiverDocument', 'guideNumber', 'sentOn', 'postedOn', 'note'] as const;

/** Why a kind cannot be chosen now, or null. The core checks the same and says so too. */
function unavailable(kind: NotificationKind, party: PartyRow, history: readonly NotificationView[]): string | null {
  if (kind === 'ELECTRONICO' && !party.emailConsent) return 'el usuario no ha firmado la autorización de notificación por correo';
  if (kind === 'EDICTO') {
    if (!history.some((n) => n.kind === 'PERSONAL' && n.result === 'FALLIDO')) return 'primero una notificación personal fallida';
    if (history.some((n) => n.kind === 'EDICTO' && n.result === 'EN_CURSO')) return 'ya hay un edicto fijado';
  }
  return null;
}

/**
 * Seed 002 steps 18–19: how the letter was (or could not be) notified, with the fields each
 * way needs. Dates start at today. Once saved, the attempts shown read themselves again.
 */
export function NotificationForm({ filingNumber, party, history }: Props) {
  const { today } = useSessionInfo();
  const [kind, setKind] = useState<NotificationKind>('PERSONAL');
  const [result, setResult] = useState<'NOTIFICADO' | 'FALLIDO'>('NOTIFICADO');
  const [day, setDay] = useState(today);
  const [receiverName, setReceiverName] = useState('');
  const [receiverDocument, setReceiverDocument] = useState('');
  const [guideNumber, setGuideNumber] = useState('');
  const [note, setNote] = useState('');
  const form = useForm(notificationInput, FIELDS);
  const dayField = kind === 'PERSONAL' ? 'on' : kind === 'EDICTO' ? 'postedOn' : 'sentOn';
  const dayLabel = {
    PERSONAL: 'Fecha',
    CORREO_CERTIFICADO: 'Fecha de envío',
    ELECTRONICO: 'Fecha de envío',
    EDICTO: 'Fecha de fijación',
  }[kind];

  function input(): NotificationInput {
    const base = { filingNumber, note };
    switch (kind) {
      case 'PERSONAL':
        return { ...base, kind, result, on: day, receiverName, receiverDocument };
      case 'CORREO_CERTIFICADO':
        return { ...base, kind, guideNumber, sentOn: day };
      case 'ELECTRONICO':
        return { ...base, kind, sentOn: day };
      case 'EDICTO':
        return { ...base, kind, postedOn: day };
    }
  }

  async function save() {
    const value = input();
    const saved = await form.submit(value, () => call('notifications.record', value));
    if (!saved) return;
    setKind('PERSONAL');
    setReceiverName('');
    setReceiverDocument('');
    setGuideNumber('');
    setNote('');
  }

  const blocked = unavailable(kind, party, history);
  const error = (field: string) => ({ error: Boolean(form.errors[field]), helperText: form.errors[field] ?? ' ' });

  return (
    <Box
      component="form"
      noValidate
      aria-label="Registrar notificación"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}
    >
      {form.message && (
        <Alert severity="error" role="alert">
          {form.message}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label="Medio de notificación"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as NotificationKind)}
          sx={{ minWidth: 240 }}
          {...error('kind')}
        >
          {NOTIFICATION_KINDS.map((k) => {
            const why = unavailable(k, party, history);
            return (
              <MenuItem key={k} value={k} disabled={why !== null}>
                {KIND_LABELS[k]}
                {why && ` (${why})`}
              </MenuItem>
            );
          })}
        </TextField>
        <TextField
          size="small"
          type="date"
          label={dayLabel}
          name={dayField}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          {...error(dayField)}
        />
      </Box>
      {kind === 'PERSONAL' && (
        <>
          <RadioGroup row name="result" value={result} onChange={(e) => setResult(e.target.value as typeof result)}>
            <FormControlLabel value="NOTIFICADO" control={<Radio size="small" />} label="Notificado: recibió" />
            <FormControlLabel value="FALLIDO" control={<Radio size="small" />} label="No se logró" />
          </RadioGroup>
          {result === 'NOTIFICADO' && (
            <Box sx={{ display: 'flex', gap: 1.5 }}>
              <TextField
                size="small"
                label="Nombre de quien recibe"
                name="receiverName"
                value={receiverName}
                onChange={(e) => setReceiverName(e.target.value)}
                sx={{ flex: 2 }}
                {...error('receiverName')}
              />
              <TextField
                size="small"
                label="Cédula de quien recibe"
                name="receiverDocument"
                value={receiverDocument}
                onChange={(e) => setReceiverDocument(e.target.value.replace(/\D/g, ''))}
                sx={{ flex: 1 }}
                {...error('receiverDocument')}
              />
            </Box>
          )}
        </>
      )}
      {kind === 'CORREO_CERTIFICADO' && (
        <TextField
          size="small"
          label="Número de guía 4-72"
          name="guideNumber"
          value={guideNumber}
          onChange={(e) => setGuideNumber(e.target.value.toUpperCase())}
          sx={{ maxWidth: 300 }}
          {...error('guideNumber')}
        />
      )}
      {kind === 'ELECTRONICO' && !blocked && (
        <Alert severity="info">
          Se envía a {party.email} (autorización firmada
          {party.emailConsentDate ? ` el ${formatDate(party.emailConsentDate)}` : ''}).
        </Alert>
      )}
      {kind === 'EDICTO' && !blocked && (
        <Alert severity="info">
          El edicto se fija en la cartelera de la sede principal; la fecha de desfijación se calcula en días hábiles.
        </Alert>
      )}
      {blocked && <Alert severity="warning">No disponible: {blocked}.</Alert>}
      <TextField
        size="small"
        label={kind === 'PERSONAL' && result === 'FALLIDO' ? 'Observación: por qué no se pudo notificar' : 'Observación'}
        name="note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        {...error('note')}
      />
      <Box>
        <Button type="submit" variant="contained" disabled={form.busy || blocked !== null}>
          GUARDAR
        </Button>
      </Box>
    </Box>
  );
}
