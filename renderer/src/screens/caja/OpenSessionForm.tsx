import LockOpenIcon from '@mui/icons-material/LockOpen';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { cashContract } from '../../../../electron/core/contract/cash.contract';
import { call } from '../../api';
import { useForm } from '../../components/use-form';
import { parsePesos } from '../../components/pesos-input';
import { focusSoon } from './keyboard';
import type { CashSession } from './use-cash-session';

const openInput = cashContract['cash.open'].input;

/** Abrir caja: the opening float (base) the drawer starts with. */
export function OpenSessionForm({ onOpened, activation }: { onOpened(session: CashSession): void; activation: number }) {
  const [float, setFloat] = useState('');
  const { errors, message, busy, submit } = useForm(openInput, ['openingFloat']);
  const sending = useRef(false);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => focusSoon(() => fieldRef.current), [activation]);

  async function open(event: FormEvent) {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const value = { openingFloat: parsePesos(float) };
    const session = await submit(value, () => call('cash.open', value));
    sending.current = false;
    if (session) onOpened(session);
    else fieldRef.current?.focus();
  }

  return (
    <Box
      component="form"
      noValidate
      onSubmit={open}
      aria-label="Abrir caja"
      sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      {message && (
        <Alert severity="error" role="alert">
          {message}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
        <TextField
          label="Base de caja"
          name="openingFloat"
          value={float}
          onChange={(e) => setFloat(e.target.value)}
          error={Boolean(errors.openingFloat)}
          helperText={errors.openingFloat ?? 'El dinero para cambio con que empieza el día, en pesos.'}
          inputRef={fieldRef}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ maxWidth: 280 }}
        />
        <Button type="submit" variant="contained" startIcon={<LockOpenIcon />} disabled={busy} sx={{ mt: 0.25 }}>
          ABRIR CAJA
        </Button>
      </Box>
    </Box>
  );
}
