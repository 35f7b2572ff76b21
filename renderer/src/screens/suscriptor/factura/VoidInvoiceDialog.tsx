import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useRef, useState, type FormEvent } from 'react';
import { invoicesContract } from '../../../../../electron/core/contract/invoices.contract';
import { call } from '../../../api';
import { useForm } from '../../../components/use-form';
import { VoidReasonField } from '../../../components/VoidReasonField';
import { formatMoney } from '../../../format/format';
import type { InvoiceView } from './invoice-draft';
import { InvoicePrintButton } from '../../../components/InvoicePrintButton';
import { InvoiceStatusChip } from '../../../components/invoice/InvoiceStatusChip';

const voidInput = invoicesContract['invoices.void'].input;

interface Props {
  invoice: { number: string; total: number };
  onVoided(invoice: InvoiceView): void;
  onClose(): void;
}

/** SUPERVISOR: anular an unpaid factura with its reason, then print the void notice. */
export function VoidInvoiceDialog({ invoice, onVoided, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [voided, setVoided] = useState<InvoiceView | null>(null);
  const { errors, message, busy, submit } = useForm(voidInput, ['reason']);
  const sending = useRef(false);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const done = await submit({ number: invoice.number, reason }, () =>
      call('invoices.void', { number: invoice.number, reason }),
    );
    sending.current = false;
    if (!done) return;
    setVoided(done);
    onVoided(done);
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      {voided ? (
        <>
          <DialogTitle>Factura {voided.number} anulada</DialogTitle>
          <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
              <InvoiceStatusChip status={voided.status} />
              <span>Motivo: {voided.voided?.reason}</span>
            </Box>
            <InvoicePrintButton number={voided.number} notice label="IMPRIMIR CONSTANCIA DE ANULACIÓN" />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cerrar</Button>
          </DialogActions>
        </>
      ) : (
        <Box component="form" noValidate onSubmit={confirm} aria-label={`Anular factura ${invoice.number}`}>
          <DialogTitle>Anular factura {invoice.number}</DialogTitle>
          <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <DialogContentText>
              La factura de {formatMoney(invoice.total)} queda ANULADA y su valor sale de la cuenta del suscriptor. Nada se borra:
              el motivo se imprime en la constancia de anulación.
            </DialogContentText>
            {message && (
              <Alert severity="error" role="alert">
                {message}
              </Alert>
            )}
            <VoidReasonField value={reason} onChange={setReason} error={errors.reason} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancelar</Button>
            <Button type="submit" variant="contained" color="error" disabled={busy}>
              ANULAR
            </Button>
          </DialogActions>
        </Box>
      )}
    </Dialog>
  );
}
