import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { usersContract } from '../../../../electron/core/contract/users.contract';
import { PASSWORD_HINT } from '../../../../electron/core/contract/fields';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useForm } from '../../components/use-form';
import type { UserRow } from './types';

interface Props {
  user: UserRow;
  onClose(): void;
  onSaved(user: UserRow): void;
}

/** Sets a temporary password; it also lifts a lockout for failed logins. */
export function UserPasswordDialog({ user, onClose, onSaved }: Props) {
  const [password, setPassword] = useState('');
  const { errors, message, busy, submit } = useForm(usersContract['users.resetPassword'].input, ['password']);

  async function save() {
    const input = { userId: user.id, password };
    const saved = await submit(input, () => call('users.resetPassword', input));
    if (saved) onSaved(saved);
  }

  return (
    <FormDialog
      open
      title={`Restablecer contraseña de ${user.username}`}
      submitLabel="RESTABLECER"
      message={message}
      busy={busy}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {user.fullName} deberá cambiarla al ingresar. Si estaba bloqueado por intentos fallidos, queda desbloqueado.
      </Typography>
      <TextField
        label="Contraseña temporal"
        type="password"
        autoFocus
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={Boolean(errors.password)}
        helperText={errors.password ?? PASSWORD_HINT}
      />
    </FormDialog>
  );
}
