import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent, type ReactNode } from 'react';
import { z } from 'zod';
import { newPassword, PASSWORD_HINT, passwordAttempt } from '../../../../electron/core/contract/fields';
import { call, type Output } from '../../api';
import { useForm } from '../../components/use-form';

/** The core's own rules for both passwords, plus the repeat that only the screen asks for. */
const schema = z
  .object({ current: passwordAttempt, next: newPassword, confirm: z.string() })
  .refine((v) => v.confirm === v.next, { path: ['confirm'], error: 'Las dos contraseñas nuevas no coinciden' });
const FIELDS = ['current', 'next', 'confirm'] as const;

interface Props {
  onChanged(info: Output<'auth.changePassword'>): void;
  /** Extra actions next to GUARDAR (e.g. log out instead). */
  actions?: ReactNode;
}

export function ChangePasswordForm({ onChanged, actions }: Props) {
  const [values, setValues] = useState({ current: '', next: '', confirm: '' });
  const { errors, message, busy, submit } = useForm(schema, FIELDS);

  const field = (key: (typeof FIELDS)[number], label: string, hint?: string) => (
    <TextField
      label={label}
      type="password"
      name={key}
      autoFocus={key === 'current'}
      autoComplete={key === 'current' ? 'current-password' : 'new-password'}
      value={values[key]}
      onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? hint}
    />
  );

  async function send(event: FormEvent) {
    event.preventDefault();
    const info = await submit(values, () => call('auth.changePassword', { current: values.current, next: values.next }));
    if (info) onChanged(info);
  }

  return (
    <Stack component="form" noValidate onSubmit={send} spacing={2} aria-label="Cambiar contraseña">
      {message && (
        <Alert severity="error" role="alert">
          {message}
        </Alert>
      )}
      {field('current', 'Contraseña actual')}
      {field('next', 'Nueva contraseña', PASSWORD_HINT)}
      {field('confirm', 'Repita la nueva contraseña')}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        {actions}
        <Button type="submit" variant="contained" disabled={busy}>
          GUARDAR
        </Button>
      </Stack>
    </Stack>
  );
}
