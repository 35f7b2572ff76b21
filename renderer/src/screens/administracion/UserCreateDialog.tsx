import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { ROLES, type Role } from '../../../../db/schema/enums';
import { PASSWORD_HINT } from '../../../../electron/core/contract/fields';
import { usersContract } from '../../../../electron/core/contract/users.contract';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useForm } from '../../components/use-form';
import { ROLE_LABELS } from '../../format/labels';
import type { UserRow } from './types';

const schema = usersContract['users.create'].input;
const FIELDS = ['username', 'fullName', 'documentNumber', 'role', 'password'] as const;
const EMPTY = { username: '', fullName: '', documentNumber: '', role: 'ASESOR' as Role, password: '' };

interface Props {
  open: boolean;
  onClose(): void;
  onCreated(user: UserRow): void;
}

export function UserCreateDialog({ open, onClose, onCreated }: Props) {
  const [values, setValues] = useState(EMPTY);
  const { errors, message, busy, submit, reset } = useForm(schema, FIELDS);

  const close = () => {
    setValues(EMPTY);
    reset();
    onClose();
  };
  const set = (key: (typeof FIELDS)[number]) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const common = (key: (typeof FIELDS)[number]) => ({
    name: key,
    value: values[key],
    onChange: set(key),
    error: Boolean(errors[key]),
  });

  async function save() {
    const user = await submit(values, () => call('users.create', values));
    if (!user) return;
    setValues(EMPTY);
    onCreated(user);
  }

  return (
    <FormDialog
      open={open}
      title="Nuevo usuario"
      submitLabel="GUARDAR"
      message={message}
      busy={busy}
      onSubmit={() => void save()}
      onClose={close}
    >
      <TextField
        label="Usuario"
        autoFocus
        autoComplete="off"
        helperText={errors.username ?? 'Minúsculas, sin tildes ni espacios, p. ej. lplaza'}
        {...common('username')}
      />
      <TextField label="Nombre completo" helperText={errors.fullName ?? ' '} {...common('fullName')} />
      <TextField
        label="Cédula"
        helperText={errors.documentNumber ?? ' '}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        {...common('documentNumber')}
      />
      <TextField select label="Rol" helperText={errors.role ?? ' '} slotProps={{ select: { native: true } }} {...common('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </TextField>
      <TextField
        label="Contraseña inicial"
        type="password"
        autoComplete="new-password"
        helperText={errors.password ?? `${PASSWORD_HINT}. El usuario deberá cambiarla en su primer ingreso.`}
        {...common('password')}
      />
    </FormDialog>
  );
}
