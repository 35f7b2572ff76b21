import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { PendingNotificationRow } from '../../../../../electron/core/contract/notifications.contract';
import { formatInstant } from '../../../format/format';
import { KIND_LABELS, RESULT_LABELS } from './notification-text';

interface Props {
  rows: readonly PendingNotificationRow[];
  selected: string | null;
  onPick(filingNumber: string): void;
}

/** Trámites RESPONDIDO whose letter waits to be notified, oldest letter first. */
export function PendingNotifications({ rows, selected, onPick }: Props) {
  return (
    <Table size="small" aria-label="Trámites por notificar">
      <TableHead>
        <TableRow>
          <TableCell>Radicado</TableCell>
          <TableCell>Oficio</TableCell>
          <TableCell>Suscriptor · usuario</TableCell>
          <TableCell>Último intento</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow
            key={r.filingNumber}
            hover
            selected={r.filingNumber === selected}
            tabIndex={0}
            sx={{ cursor: 'pointer' }}
            onClick={() => onPick(r.filingNumber)}
            onKeyDown={(e) => e.key === 'Enter' && onPick(r.filingNumber)}
          >
            <TableCell sx={{ fontFamily: 'monospace' }}>{r.filingNumber}</TableCell>
            <TableCell>
              {r.letterNumber}
              <br />
              <small>{formatInstant(r.letterDate)}</small>
            </TableCell>
            <TableCell>
              {r.subscriberCode} · {r.partyName}
              {r.emailConsent && <small> · autoriza correo</small>}
            </TableCell>
            <TableCell>
              {r.lastAttempt
                ? `${KIND_LABELS[r.lastAttempt.kind]}: ${RESULT_LABELS[r.lastAttempt.result].toLowerCase()}`
                : 'Ninguno'}
            </TableCell>
          </TableRow>
        ))}
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={4} sx={{ color: 'text.secondary' }}>
              No hay oficios por notificar.
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
