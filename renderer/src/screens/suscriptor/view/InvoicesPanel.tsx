import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { may } from '../../../../../electron/core/contract/may';
import { invoiceQueries } from '../../../api/invoices';
import { useSessionInfo } from '../../../app/session-context';
import { Panel } from '../../../components/Panel';
import { formatInstant, formatMoney } from '../../../format/format';
import { InvoiceDetailDialog } from '../factura/InvoiceDetailDialog';
import { InvoiceStatusChip } from '../../../components/invoice/InvoiceStatusChip';
import { VoidInvoiceDialog } from '../factura/VoidInvoiceDialog';

interface Props {
  code: string;
  /** Read only while true (the screen is hidden). */
  enabled?: boolean;
  /** A factura was voided (the list and the account are read again by themselves). */
  onChanged?(): void;
}

/** The subscriber's facturas, newest first; one opens with its reprints, a supervisor voids. */
export const InvoicesPanel = memo(function InvoicesPanel({ code, enabled = true, onChanged }: Props) {
  const { user } = useSessionInfo();
  const { data: rows = null, error } = useQuery({ ...invoiceQueries.bySubscriber(code), enabled });
  const [viewing, setViewing] = useState<string | null>(null);
  const [voiding, setVoiding] = useState<{ number: string; total: number } | null>(null);
  const canVoid = may('invoices.void', user.role);

  function startVoid(invoice: { number: string; total: number }) {
    setViewing(null);
    setVoiding(invoice);
  }

  return (
    <Panel title="Facturas" flush>
      {error && <Alert severity="error">{error.message}</Alert>}
      {rows !== null && rows.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
          El suscriptor no tiene facturas de productos.
        </Typography>
      )}
      {rows !== null && rows.length > 0 && (
        <TableContainer sx={{ maxHeight: 260 }}>
          <Table stickyHeader aria-label="Facturas del suscriptor">
            <TableHead>
              <TableRow>
                <TableCell>Número</TableCell>
                <TableCell>Fecha</TableCell>
                <TableCell>Forma de pago</TableCell>
                <TableCell align="right">Total</TableCell>
                <TableCell align="right">Saldo</TableCell>
                <TableCell>Estado</TableCell>
                {canVoid && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.number} hover onClick={() => setViewing(r.number)} sx={{ cursor: 'pointer' }}>
                  <TableCell>
                    <Link
                      component="button"
                      onClick={(e) => {
                        e.stopPropagation();
                        setViewing(r.number);
                      }}
                      sx={{ fontFamily: 'monospace', fontSize: 'inherit' }}
                    >
                      {r.number}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatInstant(r.createdAt)}</TableCell>
                  <TableCell>{r.paymentForm === 'CREDITO' ? 'CRÉDITO' : 'CONTADO'}</TableCell>
                  <TableCell align="right">{formatMoney(r.total)}</TableCell>
                  <TableCell align="right">{formatMoney(r.outstanding)}</TableCell>
                  <TableCell>
                    <InvoiceStatusChip status={r.status} />
                  </TableCell>
                  {canVoid && (
                    <TableCell align="right" sx={{ py: 0 }}>
                      {r.status === 'PENDIENTE' && (
                        <Button
                          color="error"
                          aria-label={`Anular ${r.number}`}
                          onClick={(e) => {
                            e.stopPropagation();
                            startVoid(r);
                          }}
                        >
                          Anular
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {viewing && (
        <InvoiceDetailDialog number={viewing} onVoid={canVoid ? startVoid : undefined} onClose={() => setViewing(null)} />
      )}
      {voiding && <VoidInvoiceDialog invoice={voiding} onVoided={() => onChanged?.()} onClose={() => setVoiding(null)} />}
    </Panel>
  );
});
