import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DataList } from '../../components/DataList';
import { InvoiceLinesTable } from '../../components/invoice/InvoiceLinesTable';
import { InvoiceStatusChip } from '../../components/invoice/InvoiceStatusChip';
import { formatDate, formatInstant, formatMoney } from '../../format/format';
import type { Invoice } from './use-collect';

/** A factura typed at CAJA (seed 004): whose it is, what it was for and what it still owes. */
export function InvoiceSummary({ invoice }: { invoice: Invoice }) {
  const { subscriber } = invoice;
  const partly = invoice.outstanding !== invoice.total;
  return (
    <Box component="section" aria-label={`Factura ${invoice.number}`} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography sx={{ fontFamily: 'monospace', fontWeight: 700, fontSize: '1.1rem' }}>{invoice.number}</Typography>
            <InvoiceStatusChip status={invoice.status} />
          </Box>
          <Typography sx={{ fontWeight: 600, mt: 0.5 }}>
            {subscriber.code} · {subscriber.ownerName}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {subscriber.address} · {subscriber.neighborhood} · Ruta {subscriber.routeCode}
          </Typography>
        </Box>
        <Box sx={{ textAlign: 'right' }}>
          <Typography variant="caption" color="text.secondary" component="div">
            {invoice.agreement ? 'Cuota inicial a pagar' : 'Total a pagar'}
          </Typography>
          <Typography
            aria-label="Saldo de la factura"
            sx={{ fontSize: '2rem', fontWeight: 700, lineHeight: 1.1, color: 'primary.dark' }}
          >
            {formatMoney(invoice.outstanding)}
          </Typography>
        </Box>
      </Box>
      <InvoiceLinesTable lines={invoice.lines} />
      <DataList
        items={[
          ...(partly ? ([['Valor de la factura', formatMoney(invoice.total)]] as const) : []),
          ...(invoice.agreement ? ([['Acuerdo de pago', invoice.agreement.number]] as const) : []),
          ['Vence', formatDate(invoice.dueOn)],
          ['Generada por', `${invoice.asesor.fullName} · ${formatInstant(invoice.createdAt)}`],
        ]}
      />
    </Box>
  );
}
