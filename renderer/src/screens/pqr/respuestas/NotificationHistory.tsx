import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { NotificationView } from '../../../../../electron/core/contract/notifications.contract';
import { formatInstant } from '../../../format/format';
import { EdictActions } from './EdictActions';
import { KIND_LABELS, RESULT_LABELS, notificationDetail } from './notification-text';
import type { Outcome } from './OutcomeDialog';

interface Props {
  rows: readonly NotificationView[];
  onOutcome(outcome: Outcome): void;
}

/** Every attempt to notify the letter, with its date, who recorded it and what is left to do. */
export function NotificationHistory({ rows, onOutcome }: Props) {
  return (
    <Table size="small" aria-label="Notificaciones del trámite">
      <TableHead>
        <TableRow>
          <TableCell>Medio</TableCell>
          <TableCell>Resultado</TableCell>
          <TableCell>Detalle</TableCell>
          <TableCell>Registró</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((n) => (
          <TableRow key={n.id}>
            <TableCell>{KIND_LABELS[n.kind]}</TableCell>
            <TableCell>{RESULT_LABELS[n.result]}</TableCell>
            <TableCell>
              {notificationDetail(n)}
              {n.note && <Box sx={{ color: 'text.secondary', fontSize: '0.75rem' }}>{n.note}</Box>}
            </TableCell>
            <TableCell>
              {n.recordedBy.fullName}
              <Box sx={{ color: 'text.secondary', fontSize: '0.75rem' }}>{formatInstant(n.recordedAt)}</Box>
              {n.resultRecordedBy && n.resultRecordedAt && (
                <Box sx={{ color: 'text.secondary', fontSize: '0.75rem' }}>
                  Resultado: {n.resultRecordedBy}, {formatInstant(n.resultRecordedAt)}
                </Box>
              )}
            </TableCell>
            <TableCell>
              {n.kind === 'EDICTO' && (
                <EdictActions edict={n} onRemove={() => onOutcome({ action: 'REMOVE_EDICT', notification: n })} />
              )}
              {(n.kind === 'CORREO_CERTIFICADO' || n.kind === 'ELECTRONICO') && n.result === 'EN_CURSO' && (
                <Box sx={{ display: 'flex', gap: 1 }}>
                  <Button size="small" variant="outlined" onClick={() => onOutcome({ action: 'DELIVERED', notification: n })}>
                    ENTREGADO
                  </Button>
                  <Button size="small" variant="outlined" onClick={() => onOutcome({ action: 'RETURNED', notification: n })}>
                    DEVUELTO
                  </Button>
                </Box>
              )}
            </TableCell>
          </TableRow>
        ))}
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={5} sx={{ color: 'text.secondary' }}>
              Aún no se ha intentado notificar el oficio.
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
