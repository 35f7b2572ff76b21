import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { PuestoRow } from '../../../api/station';
import { formatInstant } from '../../../format/format';
import { STATE_COLORS, STATE_LABELS } from './labels';

export type PuestoAction = 'newCode' | 'revoke';

function lastActivity(p: PuestoRow): string {
  if (!p.lastSeenAt) return 'Nunca se ha conectado';
  return p.lastAddress ? `${formatInstant(p.lastSeenAt)} · ${p.lastAddress}` : formatInstant(p.lastSeenAt);
}

/** The office's puestos: their state, who works there now, when they last called and from where. */
export function PuestosTable({
  puestos,
  onAction,
}: {
  puestos: readonly PuestoRow[];
  onAction(action: PuestoAction, p: PuestoRow): void;
}) {
  return (
    <Table size="small" aria-label="Puestos de la oficina">
      <TableHead>
        <TableRow>
          <TableCell>Puesto</TableCell>
          <TableCell>Estado</TableCell>
          <TableCell>Usuarios ingresados</TableCell>
          <TableCell>Última actividad</TableCell>
          <TableCell>Código vigente hasta</TableCell>
          <TableCell align="right">Acciones</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {puestos.length === 0 && (
          <TableRow>
            <TableCell colSpan={6}>Todavía no hay puestos. Cree uno con «Nuevo puesto».</TableCell>
          </TableRow>
        )}
        {puestos.map((p) => (
          <TableRow key={p.id} sx={{ opacity: p.state === 'REVOCADO' ? 0.6 : 1 }}>
            <TableCell sx={{ fontFamily: 'monospace', fontWeight: 600 }}>{p.name}</TableCell>
            <TableCell>
              <Chip size="small" color={STATE_COLORS[p.state]} variant="outlined" label={STATE_LABELS[p.state]} />
            </TableCell>
            <TableCell>{p.users.length === 0 ? '—' : p.users.map((u) => `${u.fullName} (${u.username})`).join(', ')}</TableCell>
            <TableCell>
              {p.state === 'REVOCADO' && p.revokedAt ? `Revocado ${formatInstant(p.revokedAt)}` : lastActivity(p)}
            </TableCell>
            <TableCell>{p.codeExpiresAt ? formatInstant(p.codeExpiresAt) : '—'}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {p.state !== 'REVOCADO' && (
                <>
                  <Button size="small" aria-label={`Nuevo código para ${p.name}`} onClick={() => onAction('newCode', p)}>
                    Nuevo código
                  </Button>
                  <Button size="small" color="error" aria-label={`Revocar ${p.name}`} onClick={() => onAction('revoke', p)}>
                    Revocar
                  </Button>
                </>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
