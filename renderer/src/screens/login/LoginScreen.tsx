import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../../api';
import { useStationLink } from '../../api/office-link';
import { lazyPart } from '../../app/lazy-part';
import { useSession } from '../../app/session-context';
import { AuthLayout } from './AuthLayout';
import { PuestoLine } from './PuestoLine';

/** Needed only by a puesto the server no longer recognises: loaded when asked for. */
const PairingDialog = lazyPart(() => import('../../components/station/PairingDialog'))((m) => m.PairingDialog);

const LABEL_ABOVE = { inputLabel: { shrink: true } } as const;

export function LoginScreen() {
  const { open, end, notice } = useSession();
  const { station, unpaired } = useStationLink();
  const [pairing, setPairing] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // This screen comes rendered in index.html: what was typed before the script ran is in the
  // fields, not yet in the state; INGRESAR waits for the script (Enter does nothing until then).
  const [started, setStarted] = useState(false);
  useEffect(() => {
    setUsername((typed) => usernameRef.current?.value ?? typed);
    setPassword((typed) => passwordRef.current?.value ?? typed);
    setStarted(true);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const empty = {
      ...(username.trim() ? {} : { username: 'Escriba su usuario' }),
      ...(password ? {} : { password: 'Escriba su contraseña' }),
    };
    setMissing(empty);
    if (empty.username) return usernameRef.current?.focus();
    if (empty.password) return passwordRef.current?.focus();
    setBusy(true);
    const result = await call('auth.login', { username, password });
    setBusy(false);
    if (result.ok) return open(result.data);
    setError(result.error.message);
    // Without the server the password was not even checked: it stays for the next try.
    if (result.error.code !== 'OFFLINE') setPassword('');
    passwordRef.current?.focus();
  }

  const message = error ?? notice;
  return (
    <AuthLayout title="Ingresar" subtitle="Escriba su usuario y contraseña de la oficina.">
      <Stack component="form" noValidate onSubmit={submit} spacing={2} aria-label="Ingresar">
        {message && (
          <Alert severity={error ? 'error' : 'info'} role="alert">
            {message}
          </Alert>
        )}
        <TextField
          label="Usuario"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoFocus
          autoComplete="username"
          // Its label stays above the field: before the script runs nothing would move it out of the typed text.
          slotProps={LABEL_ABOVE}
          inputRef={usernameRef}
          error={Boolean(missing.username)}
          helperText={missing.username}
        />
        <TextField
          label="Contraseña"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          slotProps={LABEL_ABOVE}
          inputRef={passwordRef}
          error={Boolean(missing.password)}
          helperText={missing.password}
        />
        <Button type="submit" variant="contained" size="medium" disabled={busy || !started}>
          INGRESAR
        </Button>
        {station?.mode === 'PUESTO' && unpaired && (
          <Button variant="outlined" onClick={() => setPairing(true)}>
            Vincular este equipo de nuevo
          </Button>
        )}
        {station?.mode === 'UNICO' && station.untouched && (
          // A new computer: it may be a puesto of the office's server instead of an office of its own.
          <Button variant="text" onClick={() => setPairing(true)}>
            Conectar a un servidor de la oficina
          </Button>
        )}
        {station && <PuestoLine station={station} />}
      </Stack>
      {pairing && (
        <Suspense fallback={null}>
          <PairingDialog
            onClose={() => setPairing(false)}
            onPaired={(message) => {
              setPairing(false);
              setError(null);
              end(message);
            }}
          />
        </Suspense>
      )}
    </AuthLayout>
  );
}
