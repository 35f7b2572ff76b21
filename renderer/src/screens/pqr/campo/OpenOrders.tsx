import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { PrintButton } from '../../../documents';
import { formatDate } from '../../../format/format';
import type { OpenOrderRow } from './use-field-work';

interface Props {
  rows: readonly OpenOrderRow[] | null;
  /** Whether this user's role assigns (and reports) the order's causal. */
  canHandle(row: OpenOrderRow): boolean;
  onReport(row: OpenOrderRow): void;
  onReassign(row: OpenOrderRow): void;
}

/** Work orders in the field, by route: reprint, reassign, or type in the report they brought back. */
export function OpenOrders({ rows, canHandle, onReport, onReassign }: Props) {
  return (
    <Table size="small" aria-label="Órdenes de trabajo abiertas">
      <TableHead>
        <TableRow>
          <TableCell>Orden</TableCell>
          <TableCell>Radicado</TableCell>
          <TableCell>Contratista</TableCell>
          <TableCell>Suscriptor</TableCell>
          <TableCell>Ruta</TableCell>
          <TableCell>Causal</TableCell>
          <TableCell>Vence</TableCell>
          <TableCell align="right">Acciones</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {(rows ?? []).map((o) => {
          const mine = canHandle(o);
          return (
            <TableRow key={o.number}>
              <TableCell sx={{ fontFamily: 'monospace' }}>{o.number}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{o.filingNumber}</TableCell>
              <TableCell>{o.fieldWorker}</TableCell>
              <TableCell>
                {o.subscriberCode} · {o.subscriberName}
              </TableCell>
              <TableCell>{o.routeCode}</TableCell>
              <TableCell>{o.cause}</TableCell>
              <TableCell>{formatDate(o.dueOn)}</TableCell>
              <TableCell align="right">
                <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', alignItems: 'flex-start' }}>
                  <PrintButton type="ORDEN_TRABAJO" number={o.number} />
                  <Button size="small" disabled={!mine} onClick={() => onReassign(o)} aria-label={`Reasignar ${o.number}`}>
                    Reasignar
                  </Button>
                  <Button
                    size="small"
                    variant="contained"
                    disabled={!mine}
                    onClick={() => onReport(o)}
                    aria-label={`Registrar informe de ${o.number}`}
                  >
                    Registrar informe
                  </Button>
                </Box>
              </TableCell>
            </TableRow>
          );
        })}
        {rows !== null && rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={8} sx={{ color: 'text.secondary' }}>
              No hay órdenes de trabajo abiertas.
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
