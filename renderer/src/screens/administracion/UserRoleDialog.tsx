import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ROLES, type Role } from '../../../../db/schema/enums';
import { usersContract } from '../../../../electron/core/contract/users.contract';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useForm } from '../../components/use-form';
import { ROLE_LABELS } from '../../format/labels';
import type { UserRow } from './types';

interface Props {
  user: UserRow;
  onClose(): void;
  onSaved(user: UserRow): void;
}

export function UserRoleDialog({ user, onClose, onSaved }: Props) {
  const [role, setRole] = useState<Role>(user.role);
  const { errors, message, busy, submit } = useForm(usersContract['users.setRole'].input, ['role']);

  async function save() {
    const input = { userId: user.id, role };
    const saved = await submit(input, () => call('users.setRole', input));
    if (saved) onSaved(saved);
  }

  return (
    <FormDialog
      open
      title={`Cambiar rol de ${user.username}`}
      submitLabel="GUARDAR"
      message={message}
      busy={busy}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {user.fullName}. Si tiene una sesión abierta, deberá ingresar de nuevo.
      </Typography>
      <TextField
        select
        autoFocus
        label="Rol"
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        error={Boolean(errors.role)}
        helperText={errors.role ?? ' '}
        slotProps={{ select: { native: true } }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </TextField>
    </FormDialog>
  );
}
