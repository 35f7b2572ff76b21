import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { NotificationView } from '../../../../../electron/core/contract/notifications.contract';
import { call, type Result } from '../../../api';
import { useSessionInfo } from '../../../app/session-context';
import { FormDialog } from '../../../components/FormDialog';

export type Outcome =
  | { action: 'DELIVERED' | 'RETURNED'; notification: NotificationView }
  | { action: 'REMOVE_EDICT'; notification: NotificationView };

const TITLES = {
  DELIVERED: 'Entregado: notificación cumplida',
  RETURNED: 'Devuelto: no se logró notificar',
  REMOVE_EDICT: 'Desfijar el edicto',
} as const;

/** The later outcome of a notification: 4-72 or e-mail delivered or returned, the edicto taken down. */
export function OutcomeDialog({ outcome, onClose }: { outcome: Outcome; onClose(): void }) {
  const { today } = useSessionInfo();
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { action, notification } = outcome;

  async function submit() {
    setBusy(true);
    const result: Result<unknown> =
      action === 'REMOVE_EDICT'
        ? await call('notifications.removeEdict', { number: notification.number ?? '', removedOn: day })
        : await call('notifications.update', { id: notification.id, outcome: action, resultOn: day, note });
    setBusy(false);
    if (result.ok) onClose();
    else setMessage(result.error.message);
  }

  return (
    <FormDialog
      open
      title={TITLES[action]}
      submitLabel="GUARDAR"
      message={message}
      busy={busy}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        size="small"
        type="date"
        label={action === 'REMOVE_EDICT' ? 'Fecha de desfijación' : 'Fecha del resultado'}
        value={day}
        onChange={(e) => setDay(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        autoFocus
      />
      {action !== 'REMOVE_EDICT' && (
        <TextField size="small" label="Observación" value={note} onChange={(e) => setNote(e.target.value)} />
      )}
    </FormDialog>
  );
}
