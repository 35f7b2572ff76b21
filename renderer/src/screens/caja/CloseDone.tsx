import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DataList } from '../../components/DataList';
import { PrintButton, differenceLabel, type CloseReport } from '../../documents';
import { formatCurrency, formatDate } from '../../format/format';
import { AutoPrint } from './AutoPrint';
import type { PrintSetup } from './use-print-setup';

/** The session is closed: the numbered corte, printed in two copies at once, and again on IMPRIMIR. */
export function CloseDone({ report, setup }: { report: CloseReport; setup: PrintSetup }) {
  const number = report.session.closeNumber ?? '';
  const money = (n: number) => formatCurrency(n, report.currency);
  return (
    <Box component="section" aria-label={`Corte de caja ${number}`} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box>
        <Typography variant="caption" color="text.secondary" component="div">
          Corte de caja — caja cerrada
        </Typography>
        <Typography
          component="h1"
          aria-label="Número del corte"
          sx={{ fontSize: '2rem', fontWeight: 700, fontFamily: 'monospace', lineHeight: 1.1, color: 'primary.dark' }}
        >
          {number}
        </Typography>
      </Box>
      <DataList
        items={[
          ['Día de la caja', formatDate(report.session.businessDate)],
          ['Efectivo contado', money(report.countedCash)],
          ['Efectivo esperado', money(report.expectedCash)],
          [differenceLabel(report.difference), money(Math.abs(report.difference))],
          ['Observación', report.note],
          ['Recaudo neto', money(report.netCollected)],
          ['Anulaciones', String(report.voids.length)],
        ]}
      />
      {setup.error && <Alert severity="warning">No se pudo preparar la impresión: {setup.error}</Alert>}
      <AutoPrint when={setup.ready}>
        <PrintButton type="CORTE_CAJA" number={number} label="IMPRIMIR CORTE" disabled={!setup.ready || number === ''} />
      </AutoPrint>
    </Box>
  );
}
