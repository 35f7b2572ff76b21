import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatMoney, formatTime } from '../../format/format';
import type { SessionReceipt } from './use-session-receipts';

interface Props {
  receipts: readonly SessionReceipt[];
  onView(number: string): void;
  onVoid(number: string): void;
}

/** Recibos de la sesión, newest first: look one up again, or ask for its void. */
export function SessionReceipts({ receipts, onView, onVoid }: Props) {
  if (receipts.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
        Aún no hay pagos en esta caja.
      </Typography>
    );
  }
  return (
    <Table aria-label="Recibos de la sesión" stickyHeader>
      <TableHead>
        <TableRow>
          <TableCell>Recibo</TableCell>
          <TableCell>Hora</TableCell>
          <TableCell align="right">Valor</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {receipts.map((r) => (
          <TableRow key={r.number} hover aria-label={`Recibo ${r.number}`}>
            <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
              {r.number}
              <Box component="div" sx={{ fontSize: '0.7rem', color: 'text.secondary', fontFamily: 'Roboto, sans-serif' }}>
                {r.subscriberCode}
                {r.voidNumber && ` · ${r.voidNumber}`}
              </Box>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTime(r.paidAt)}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatMoney(r.total)}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {r.status === 'ANULADO' ? (
                <Chip label="ANULADO" variant="outlined" sx={{ mr: 0.5 }} />
              ) : (
                <Button color="error" onClick={() => onVoid(r.number)} aria-label={`Anular ${r.number}`} sx={{ minWidth: 0 }}>
                  Anular
                </Button>
              )}
              <Button onClick={() => onView(r.number)} aria-label={`Ver ${r.number}`} sx={{ minWidth: 0 }}>
                Ver
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
