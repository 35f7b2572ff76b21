import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import { userQueries } from '../../api/users';
import { useSessionInfo } from '../../app/session-context';
import type { ScreenProps } from '../../app/menu';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';
import { UserCreateDialog } from './UserCreateDialog';
import { UserPasswordDialog } from './UserPasswordDialog';
import { UserRoleDialog } from './UserRoleDialog';
import { UsersTable, type UserAction } from './UsersTable';
import type { UserRow } from './types';

type Notice = { severity: 'success' | 'error'; text: string } | null;

/** ADMINISTRACIÓN → Usuarios. */
export function UsersScreen({ active, activation }: ScreenProps) {
  const info = useSessionInfo();
  const client = useQueryClient();
  // Read each time the screen is chosen: another administrator may have changed it.
  const list = useQuery({ ...userQueries.list(), enabled: active });
  const users = list.data ?? null;
  const [notice, setNotice] = useState<Notice>(null);
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<{ action: UserAction; user: UserRow } | null>(null);
  const [busy, setBusy] = useState(false);
  const createRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (active) createRef.current?.focus();
  }, [active, activation]);

  /** The list shows the user as the core answered, while it is read again. */
  const show = (update: (list: UserRow[]) => UserRow[]) =>
    client.setQueryData(userQueries.list().queryKey, (old) => old && update(old));

  function done(user: UserRow, text: string) {
    setPending(null);
    show((all) => all.map((u) => (u.id === user.id ? user : u)));
    setNotice({ severity: 'success', text });
  }

  async function setActive(user: UserRow, value: boolean) {
    setBusy(true);
    const result = await call('users.setActive', { userId: user.id, active: value });
    setBusy(false);
    if (result.ok) return done(result.data, `${user.username}: ${value ? 'activado' : 'desactivado'}.`);
    setPending(null);
    setNotice({ severity: 'error', text: result.error.message });
  }

  function onAction(action: UserAction, user: UserRow) {
    setNotice(null);
    if (action === 'activate') void setActive(user, true);
    else setPending({ action, user });
  }

  return (
    <Panel
      title="Usuarios"
      action={
        <Button ref={createRef} variant="contained" startIcon={<PersonAddIcon />} onClick={() => setCreating(true)}>
          NUEVO USUARIO
        </Button>
      }
    >
      {notice && (
        <Alert
          severity={notice.severity}
          onClose={() => setNotice(null)}
          role={notice.severity === 'error' ? 'alert' : 'status'}
          sx={{ mb: 1 }}
        >
          {notice.text}
        </Alert>
      )}
      {list.error && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {list.error.message}
        </Alert>
      )}
      {users === null ? (
        !list.error && <LinearProgress aria-label="Cargando usuarios" />
      ) : (
        // Lockouts are shown as of the moment the list was read.
        <UsersTable users={users} selfId={info.user.id} readAt={list.dataUpdatedAt} onAction={onAction} />
      )}
      <Box>
        <UserCreateDialog
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            show((all) => [...all, user].sort((a, b) => a.username.localeCompare(b.username)));
            setNotice({
              severity: 'success',
              text: `Usuario ${user.username} creado. Deberá cambiar la contraseña en su primer ingreso.`,
            });
          }}
        />
        {pending?.action === 'role' && (
          <UserRoleDialog
            user={pending.user}
            onClose={() => setPending(null)}
            onSaved={(u) => done(u, `${u.username}: rol cambiado.`)}
          />
        )}
        {pending?.action === 'password' && (
          <UserPasswordDialog
            user={pending.user}
            onClose={() => setPending(null)}
            onSaved={(u) => done(u, `${u.username}: contraseña restablecida.`)}
          />
        )}
        <ConfirmDialog
          open={pending?.action === 'deactivate'}
          title="Desactivar usuario"
          message={`¿Desactivar a ${pending?.user.fullName ?? ''} (${pending?.user.username ?? ''})? No podrá ingresar y su sesión abierta se cerrará. Puede activarlo de nuevo después.`}
          confirmLabel="DESACTIVAR"
          danger
          busy={busy}
          onConfirm={() => pending && void setActive(pending.user, false)}
          onCancel={() => setPending(null)}
        />
      </Box>
    </Panel>
  );
}
