import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { call, type Output } from '../../../api';
import type { PendingReport } from '../../../api/fieldwork';
import { DataList } from '../../../components/DataList';
import { Panel } from '../../../components/Panel';
import { formatDate, formatMoney } from '../../../format/format';
import { InvoicePrintButton } from '../../../components/InvoicePrintButton';

type InvoiceView = Output<'fieldWork.invoiceMaterials'>;

interface Props {
  report: PendingReport;
  mayInvoice: boolean;
}

/**
 * FACTURAR (seed 001 step 35): ALMACÉN's factura of the materials a field report used, at
 * today's catalog prices, made out to the trámite's tercero; then IMPRIMIR as any factura.
 * Rendered with a key per report, so each one gets its own request key.
 */
export function MaterialsInvoicePanel({ report, mayInvoice }: Props) {
  const [requestKey] = useState(() => crypto.randomUUID());
  const [observation, setObservation] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [invoice, setInvoice] = useState<InvoiceView | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [invoice]);

  async function invoiceIt() {
    if (busy) return;
    setBusy(true);
    const result = await call('fieldWork.invoiceMaterials', {
      requestKey,
      fieldReportId: report.fieldReportId,
      ...(observation.trim() ? { observation } : {}),
    });
    setBusy(false);
    if (!result.ok) return setMessage(result.error.message);
    // The list reads itself again: the report's materials are invoiced.
    setMessage(null);
    setInvoice(result.data);
  }

  return (
    <Panel title={invoice ? 'Factura de materiales guardada' : `Materiales de la orden ${report.workOrderNumber}`}>
      <Box ref={box} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {invoice && (
          <Typography
            component="p"
            aria-label="Número de factura"
            sx={{ fontSize: '1.8rem', fontWeight: 700, fontFamily: 'monospace', color: 'primary.dark' }}
          >
            {invoice.number} · {formatMoney(invoice.total)}
          </Typography>
        )}
        {invoice && <InvoicePrintButton number={invoice.number} />}
        <DataList
          items={[
            ['Radicado', report.filingNumber],
            ['Causal', report.cause],
            ['Informe del', `${formatDate(report.visitedOn)} · ${report.fieldWorker}`],
            ['Suscriptor', `${report.subscriber.code} · ${report.subscriber.ownerName}`],
            ['Tercero', `${report.party.fullName} · ${report.party.documentType} ${report.party.documentNumber}`],
          ]}
        />
        <Table size="small" aria-label="Materiales por facturar">
          <TableHead>
            <TableRow>
              <TableCell>Código</TableCell>
              <TableCell>Material</TableCell>
              <TableCell align="right">Cantidad</TableCell>
              <TableCell align="right">Precio hoy</TableCell>
              <TableCell align="right">Valor</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.materials.map((m) => (
              <TableRow key={m.productId}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{m.code}</TableCell>
                <TableCell>{m.name}</TableCell>
                <TableCell align="right">{m.quantity}</TableCell>
                <TableCell align="right">{m.unitPrice === null ? 'sin precio' : formatMoney(m.unitPrice)}</TableCell>
                <TableCell align="right">{formatMoney((m.unitPrice ?? 0) * m.quantity)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={4} align="right" sx={{ fontWeight: 700 }}>
                Total estimado
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 700 }}>
                {formatMoney(report.estimatedTotal)}
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
        {message && (
          <Alert severity="error" role="alert">
            {message}
          </Alert>
        )}
        {!invoice &&
          (mayInvoice ? (
            <>
              <TextField
                label="Observación"
                name="observation"
                value={observation}
                onChange={(e) => setObservation(e.target.value)}
                helperText="Opcional: si la deja en blanco, la factura cita la orden y el radicado."
              />
              <Button variant="contained" onClick={() => void invoiceIt()} disabled={busy} sx={{ alignSelf: 'flex-start' }}>
                {busy ? 'FACTURANDO…' : 'FACTURAR'}
              </Button>
            </>
          ) : (
            <Alert severity="info">ALMACÉN factura estos materiales.</Alert>
          ))}
      </Box>
    </Panel>
  );
}
