import LockIcon from '@mui/icons-material/Lock';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent } from 'react';
import { call } from '../api';
import { ROLE_LABELS } from '../format/labels';
import { useSession } from './session-context';

/**
 * Covers the whole window while the session is locked; the app stays mounted underneath,
 * so unlocking returns to the same screen with what was typed.
 */
export function LockScreen() {
  const { info, unlock, end, logout } = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  if (!info) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setError('Escriba su contraseña');
      return passwordRef.current?.focus();
    }
    setBusy(true);
    const result = await call('auth.unlock', { password });
    setBusy(false);
    if (result.ok) return unlock(result.data);
    // Too many wrong passwords: the core closed the session.
    if (result.error.code === 'ACCOUNT_LOCKED') return end(result.error.message);
    setError(result.error.message);
    setPassword('');
    passwordRef.current?.focus();
  }

  return (
    <Dialog
      open
      fullScreen
      aria-labelledby="lock-title"
      sx={{ zIndex: 2000 }}
      slotProps={{ paper: { sx: { background: 'linear-gradient(160deg, #06324a 0%, #0d4a6b 60%, #00897b 100%)' } } }}
    >
      <Box sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Paper elevation={8} sx={{ width: 360, p: 4 }}>
          <Stack component="form" noValidate onSubmit={submit} spacing={2}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <LockIcon color="primary" />
              <Typography id="lock-title" variant="h2" component="h1">
                Sesión bloqueada
              </Typography>
            </Box>
            <Typography variant="body2" color="text.secondary">
              {info.user.fullName} ({ROLE_LABELS[info.user.role]}). Escriba su contraseña para volver a donde estaba.
            </Typography>
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
            <TextField
              label="Contraseña"
              type="password"
              autoFocus
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              inputRef={passwordRef}
            />
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
              <Button onClick={() => void logout()}>Cerrar sesión</Button>
              <Button type="submit" variant="contained" disabled={busy}>
                DESBLOQUEAR
              </Button>
            </Stack>
          </Stack>
        </Paper>
      </Box>
    </Dialog>
  );
}
