import BadgeIcon from '@mui/icons-material/Badge';
import KeyIcon from '@mui/icons-material/Key';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { formatInstant } from '../../format/format';
import { ROLE_LABELS } from '../../format/labels';
import type { UserRow } from './types';

export type UserAction = 'role' | 'password' | 'deactivate' | 'activate';

interface Props {
  users: readonly UserRow[];
  /** The logged-in administrator: cannot deactivate themself. */
  selfId: number;
  /** When the list was read (ms): a lockout that ended before is not shown. */
  readAt: number;
  onAction(action: UserAction, user: UserRow): void;
}

function Status({ user, readAt }: { user: UserRow; readAt: number }) {
  if (!user.active) return <Chip label="Inactivo" variant="outlined" />;
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > readAt) {
    return <Chip color="warning" label={`Bloqueado hasta ${formatInstant(user.lockedUntil)}`} />;
  }
  return <Chip color="success" variant="outlined" label="Activo" />;
}

export function UsersTable({ users, selfId, readAt, onAction }: Props) {
  return (
    <TableContainer>
      <Table aria-label="Usuarios">
        <TableHead>
          <TableRow>
            <TableCell>Usuario</TableCell>
            <TableCell>Nombre completo</TableCell>
            <TableCell>Cédula</TableCell>
            <TableCell>Rol</TableCell>
            <TableCell>Estado</TableCell>
            <TableCell>Creado</TableCell>
            <TableCell align="right">Acciones</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {users.map((u) => (
            <TableRow key={u.id} hover sx={{ opacity: u.active ? 1 : 0.6 }}>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.85rem' }}>{u.username}</TableCell>
              <TableCell sx={{ fontWeight: 500 }}>{u.fullName}</TableCell>
              <TableCell>{u.documentNumber || '—'}</TableCell>
              <TableCell>{ROLE_LABELS[u.role]}</TableCell>
              <TableCell>
                <Status user={u} readAt={readAt} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatInstant(u.createdAt)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Tooltip title="Cambiar rol">
                  <IconButton aria-label={`Cambiar rol de ${u.username}`} onClick={() => onAction('role', u)}>
                    <BadgeIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
                <Tooltip title="Restablecer contraseña">
                  <IconButton aria-label={`Restablecer contraseña de ${u.username}`} onClick={() => onAction('password', u)}>
                    <KeyIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
                {u.active ? (
                  <Button
                    color="error"
                    disabled={u.id === selfId}
                    aria-label={`Desactivar ${u.username}`}
                    onClick={() => onAction('deactivate', u)}
                    sx={{ minWidth: 92 }}
                  >
                    Desactivar
                  </Button>
                ) : (
                  <Button aria-label={`Activar ${u.username}`} onClick={() => onAction('activate', u)} sx={{ minWidth: 92 }}>
                    Activar
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
