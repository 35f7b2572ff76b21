import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { DataList } from '../../../components/DataList';
import { Panel } from '../../../components/Panel';
import { formatDate, formatMoney } from '../../../format/format';
import { PrintButton } from '../../../documents';
import type { InvoiceView } from './invoice-draft';
import { InvoicePrintButton } from '../../../components/InvoicePrintButton';
import { InvoiceStatusChip } from '../../../components/invoice/InvoiceStatusChip';

interface Props {
  invoice: InvoiceView;
  onNew(): void;
  activation: number;
}

/** After GUARDAR: the number, big, and IMPRIMIR (and the agreement's, for CRÉDITO). */
export function InvoiceSaved({ invoice, onNew, activation }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [activation]);

  return (
    <Panel title="Factura guardada">
      <Box ref={box} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              Factura número
            </Typography>
            <Typography
              component="h1"
              aria-label="Número de factura"
              sx={{ fontSize: '2.2rem', fontWeight: 700, fontFamily: 'monospace', lineHeight: 1.1, color: 'primary.dark' }}
            >
              {invoice.number}
            </Typography>
          </Box>
          <InvoiceStatusChip status={invoice.status} />
          <Box sx={{ ml: 'auto', textAlign: 'right' }}>
            <Typography variant="caption" color="text.secondary" component="div">
              Total
            </Typography>
            <Typography aria-label="Total de la factura" sx={{ fontSize: '1.6rem', fontWeight: 700 }}>
              {formatMoney(invoice.total)}
            </Typography>
          </Box>
        </Box>
        <DataList
          items={[
            ['Forma de pago', invoice.paymentForm === 'CREDITO' ? 'CRÉDITO' : 'CONTADO'],
            ['Suscriptor', `${invoice.subscriber.code} · ${invoice.subscriber.ownerName}`],
            ['Tercero', `${invoice.party.fullName} · ${invoice.party.documentType} ${invoice.party.documentNumber}`],
            ['Productos', invoice.lines.map((l) => `${l.name} × ${l.quantity}`).join(', ')],
            ['Vence', formatDate(invoice.dueOn)],
            ...(invoice.agreement
              ? ([['Acuerdo de pago', `${invoice.agreement.number} · ${invoice.agreement.installments.length} cuotas`]] as const)
              : []),
          ]}
        />
        {invoice.agreement && (
          <Alert severity="info">
            Cuota inicial {formatMoney(invoice.agreement.downPayment)} a pagar ahora; financiado{' '}
            {formatMoney(invoice.agreement.financed)} en {invoice.agreement.installments.length} cuotas.
          </Alert>
        )}
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <InvoicePrintButton number={invoice.number} />
          {invoice.agreement && <PrintButton type="ACUERDO" number={invoice.agreement.number} label="IMPRIMIR ACUERDO" />}
          <Button variant="outlined" startIcon={<AddIcon />} onClick={onNew} sx={{ ml: 'auto' }}>
            Nueva factura
          </Button>
        </Box>
      </Box>
    </Panel>
  );
}
