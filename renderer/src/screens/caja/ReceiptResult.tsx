import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { DataList } from '../../components/DataList';
import { invoiceLabel } from '../../documents/caja/caja-text';
import { formatInstant, formatMoney } from '../../format/format';
import { TENDER_METHOD_LABELS } from '../../format/labels';
import { CashPrintButton } from './CashPrintButton';
import { refocusIfLost } from './keyboard';
import type { Receipt } from './use-collect';
import type { PrintSetup } from './use-print-setup';

interface Props {
  receipt: Receipt;
  setup: PrintSetup;
  /** Just registered: print it at once. A receipt looked up again prints only on IMPRIMIR. */
  fresh: boolean;
  onNext(): void;
}

/** After REGISTRAR: PAGADO, the receipt number, the change to hand back, and its print. */
export function ReceiptResult({ receipt, setup, fresh, onNext }: Props) {
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    nextRef.current?.focus();
  }, [receipt.number]);
  const voided = receipt.status === 'ANULADO';

  return (
    <Box component="section" aria-label={`Recibo ${receipt.number}`} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Chip
          label={receipt.status}
          color={voided ? 'default' : 'success'}
          variant={voided ? 'outlined' : 'filled'}
          aria-label={`Estado del recibo: ${receipt.status}`}
          sx={{ fontWeight: 700, fontSize: '1rem', height: 34, px: 1 }}
        />
        <Box>
          <Typography variant="caption" color="text.secondary" component="div">
            Recibo de caja
          </Typography>
          <Typography
            component="h1"
            aria-label="Número de recibo"
            sx={{ fontSize: '2rem', fontWeight: 700, fontFamily: 'monospace', lineHeight: 1.1, color: 'primary.dark' }}
          >
            {receipt.number}
          </Typography>
        </Box>
        <Box sx={{ ml: 'auto', textAlign: 'right' }}>
          <Typography variant="caption" color="text.secondary" component="div">
            Cambio
          </Typography>
          <Typography
            aria-label="Cambio a entregar"
            sx={{ fontSize: '2.6rem', fontWeight: 700, lineHeight: 1.05, color: 'success.dark' }}
          >
            {formatMoney(receipt.change)}
          </Typography>
        </Box>
      </Box>
      {receipt.void && (
        <Alert severity="warning">
          Anulado con {receipt.void.number}: {receipt.void.reason} (aprobó {receipt.void.approvedBy}).
        </Alert>
      )}
      <DataList
        items={[
          ['Cupón', receipt.coupon.number],
          ...(receipt.coupon.invoices.length > 0
            ? ([[invoiceLabel(receipt.coupon.invoices), receipt.coupon.invoices.join(', ')]] as const)
            : []),
          ['Suscriptor', `${receipt.coupon.subscriber.code} · ${receipt.coupon.subscriber.ownerName}`],
          ['Total pagado', formatMoney(receipt.total)],
          [
            'Medios de pago',
            receipt.tenders
              .map((t) => {
                const detail =
                  t.reference || (t.tendered !== null && t.tendered !== t.amount ? `recibido ${formatMoney(t.tendered)}` : '');
                return `${TENDER_METHOD_LABELS[t.method]} ${formatMoney(t.amount)}${detail ? ` (${detail})` : ''}`;
              })
              .join(' · '),
          ],
          ['Fecha y hora', formatInstant(receipt.paidAt)],
          ['Cajero(a)', receipt.cashier.fullName],
        ]}
      />
      {setup.error && <Alert severity="warning">No se pudo preparar la impresión: {setup.error}</Alert>}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <CashPrintButton
          receipt={receipt}
          setup={setup}
          type="RECIBO"
          auto={fresh}
          label="IMPRIMIR RECIBO"
          onPrinted={() => refocusIfLost(nextRef.current)}
        />
        {voided && <CashPrintButton receipt={receipt} setup={setup} type="ANULACION_RECIBO" label="IMPRIMIR ANULACIÓN" />}
        <Button ref={nextRef} variant="outlined" endIcon={<ArrowForwardIcon />} onClick={onNext} sx={{ ml: 'auto' }}>
          Siguiente cupón
        </Button>
      </Box>
    </Box>
  );
}
