import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { invoiceQueries } from '../../../api/invoices';
import { DataList } from '../../../components/DataList';
import { formatDate, formatInstant, formatMoney } from '../../../format/format';
import { PrintButton } from '../../../documents';
import type { InvoiceView } from './invoice-draft';
import { InvoicePrintButton } from '../../../components/InvoicePrintButton';
import { InvoiceLinesTable } from '../../../components/invoice/InvoiceLinesTable';
import { InvoiceStatusChip } from '../../../components/invoice/InvoiceStatusChip';

interface Props {
  number: string;
  /** Present for the roles that may void: offered while the factura is unpaid. */
  onVoid?(invoice: InvoiceView): void;
  onClose(): void;
}

/** A factura as saved, with its reprints (and its agreement's and void notice's). */
export function InvoiceDetailDialog({ number, onVoid, onClose }: Props) {
  const { data: invoice, error } = useQuery(invoiceQueries.get(number));

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-label={`Factura ${number}`}>
      <DialogTitle sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
        Factura {number}
        {invoice && <InvoiceStatusChip status={invoice.status} />}
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {!invoice && !error && <LinearProgress aria-label="Cargando factura" />}
        {error && <Alert severity="error">{error.message}</Alert>}
        {invoice && (
          <>
            <DataList
              items={[
                ['Fecha', formatInstant(invoice.createdAt)],
                ['Forma de pago', invoice.paymentForm === 'CREDITO' ? 'CRÉDITO' : 'CONTADO'],
                ['Tercero', `${invoice.party.fullName} · ${invoice.party.documentType} ${invoice.party.documentNumber}`],
                ['Asesor', invoice.asesor.fullName],
                ['Observación', invoice.observation],
                ['Vence', formatDate(invoice.dueOn)],
                ['Total', formatMoney(invoice.total)],
                ['Saldo', formatMoney(invoice.outstanding)],
                ...(invoice.agreement ? ([['Acuerdo de pago', invoice.agreement.number]] as const) : []),
              ]}
            />
            <InvoiceLinesTable lines={invoice.lines} />
            {invoice.voided && (
              <Alert severity="warning">
                Anulada el {formatInstant(invoice.voided.at)} por {invoice.voided.by}. Motivo: {invoice.voided.reason}
              </Alert>
            )}
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
              <InvoicePrintButton number={invoice.number} label="IMPRIMIR FACTURA" />
              {invoice.voided && <InvoicePrintButton number={invoice.number} notice />}
              {invoice.agreement && <PrintButton type="ACUERDO" number={invoice.agreement.number} label="IMPRIMIR ACUERDO" />}
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions>
        {invoice && onVoid && invoice.status === 'PENDIENTE' && (
          <Button color="error" onClick={() => onVoid(invoice)} sx={{ mr: 'auto' }}>
            Anular
          </Button>
        )}
        <Button onClick={onClose}>Cerrar</Button>
      </DialogActions>
    </Dialog>
  );
}
