import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { call } from '../../api';
import { FormDialog } from '../FormDialog';
import type { PqrView } from '../../api/pqr';

type Action = 'pause' | 'resume' | 'extend';

interface Props {
  request: PqrView;
  role: string;
  onChanged(request: PqrView): void;
}

/**
 * The legal clock: pause while waiting on the user, resume, and the one extension (coordinator)
 * before the term expires. The core checks every rule; the buttons only show what may apply.
 */
export function TermActions({ request, role, onChanged }: Props) {
  const [action, setAction] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('5');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const closed = request.status === 'CERRADO';
  const paused = request.status === 'EN_ESPERA';
  const coordinator = role === 'COORDINADOR_PQR';
  const supervisor = coordinator || role === 'SUPERVISOR';

  async function submit() {
    if (!action) return;
    setBusy(true);
    const f = request.filingNumber;
    const result =
      action === 'pause'
        ? await call('pqr.pause', { filingNumber: f, reason })
        : action === 'resume'
          ? await call('pqr.resume', { filingNumber: f })
          : await call('pqr.extend', { filingNumber: f, days: Number(days), reason });
    setBusy(false);
    if (!result.ok) return setMessage(result.error.message);
    setAction(null);
    setMessage(null);
    setReason('');
    onChanged(result.data);
  }

  if (closed || !supervisor) return null;
  const titles: Record<Action, string> = {
    pause: 'Poner en espera del usuario',
    resume: 'Reanudar el término',
    extend: 'Prórroga del término',
  };
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      {!paused && <Button onClick={() => setAction('pause')}>En espera</Button>}
      {paused && <Button onClick={() => setAction('resume')}>Reanudar</Button>}
      {coordinator && request.deadline.extendedDays === 0 && !request.deadline.overdue && (
        <Button onClick={() => setAction('extend')}>Prórroga</Button>
      )}
      <FormDialog
        open={action !== null}
        title={action ? titles[action] : ''}
        submitLabel="GUARDAR"
        message={message}
        busy={busy}
        onSubmit={() => void submit()}
        onClose={() => setAction(null)}
      >
        {action === 'extend' && (
          <TextField
            label="Días hábiles"
            value={days}
            onChange={(e) => setDays(e.target.value)}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        )}
        {action !== 'resume' ? (
          <TextField label="Motivo" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus multiline minRows={2} />
        ) : (
          <span>El término vuelve a correr desde hoy; la fecha límite se corre por los días hábiles en espera.</span>
        )}
      </FormDialog>
    </Box>
  );
}
