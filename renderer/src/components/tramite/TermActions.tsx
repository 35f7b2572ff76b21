import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Role } from '../../../../db/schema/enums';
import { may } from '../../../../electron/core/contract/may';
import { call } from '../../api';
import type { PqrView } from '../../api/pqr';
import { FormDialog } from '../FormDialog';

type Action = 'pause' | 'resume' | 'extend';

interface Props {
  request: PqrView;
  role: Role;
  onChanged(request: PqrView): void;
}

/**
 * The legal clock: pause while waiting on the user, resume, and the one extension before the
 * term expires, each to the roles the contract lets call it. The core checks every rule; the
 * buttons only show what may apply.
 */
export function TermActions({ request, role, onChanged }: Props) {
  const [action, setAction] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('5');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const closed = request.status === 'CERRADO';
  const paused = request.status === 'EN_ESPERA';
  const mayPause = !paused && may('pqr.pause', role);
  const mayResume = paused && may('pqr.resume', role);
  // A term in hours (a reconnection) is not extended: the core refuses it.
  const mayExtend =
    may('pqr.extend', role) &&
    request.deadline.dueAt === null &&
    request.deadline.extendedDays === 0 &&
    !request.deadline.overdue;

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

  if (closed || !(mayPause || mayResume || mayExtend)) return null;
  const titles: Record<Action, string> = {
    pause: 'Poner en espera del usuario',
    resume: 'Reanudar el término',
    extend: 'Prórroga del término',
  };
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      {mayPause && <Button onClick={() => setAction('pause')}>En espera</Button>}
      {mayResume && <Button onClick={() => setAction('resume')}>Reanudar</Button>}
      {mayExtend && <Button onClick={() => setAction('extend')}>Prórroga</Button>}
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
