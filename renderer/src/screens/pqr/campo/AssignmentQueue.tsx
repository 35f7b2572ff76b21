import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatDate } from '../../../format/format';
import type { QueueRow } from './use-field-work';

interface Props {
  rows: readonly QueueRow[] | null;
  selected: string | null;
  /** Whether this user's role assigns the row's causal. */
  canAssign(row: QueueRow): boolean;
  onPick(row: QueueRow): void;
}

/** Trámites waiting for a field worker, due first; Enter or a click takes one to ASIGNAR. */
export function AssignmentQueue({ rows, selected, canAssign, onPick }: Props) {
  return (
    <Table size="small" aria-label="Trámites por asignar">
      <TableHead>
        <TableRow>
          <TableCell>Radicado</TableCell>
          <TableCell>Vence</TableCell>
          <TableCell>Suscriptor</TableCell>
          <TableCell>Ruta</TableCell>
          <TableCell>Causal</TableCell>
          <TableCell>Cita</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {(rows ?? []).map((r) => {
          const mine = canAssign(r);
          return (
            <TableRow
              key={r.filingNumber}
              hover={mine}
              selected={r.filingNumber === selected}
              tabIndex={mine ? 0 : -1}
              aria-disabled={!mine}
              sx={{ cursor: mine ? 'pointer' : 'default', color: mine ? undefined : 'text.secondary' }}
              onClick={() => mine && onPick(r)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && mine) {
                  e.preventDefault();
                  onPick(r);
                }
              }}
            >
              <TableCell sx={{ fontFamily: 'monospace' }}>{r.filingNumber}</TableCell>
              <TableCell>{formatDate(r.dueOn)}</TableCell>
              <TableCell>
                {r.subscriberCode} · {r.subscriberName}
                <br />
                {r.address}
              </TableCell>
              <TableCell>{r.routeCode}</TableCell>
              <TableCell>
                {r.service} · {r.cause}
                {!mine && ` (asigna ${r.assignedBy === 'SUPERVISOR' ? 'el supervisor' : 'el coordinador de PQR'})`}
              </TableCell>
              <TableCell>{r.appointment ? `${formatDate(r.appointment.visitOn)} ${r.appointment.timeWindow}` : ''}</TableCell>
            </TableRow>
          );
        })}
        {rows !== null && rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={6} sx={{ color: 'text.secondary' }}>
              No hay trámites por asignar.
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
