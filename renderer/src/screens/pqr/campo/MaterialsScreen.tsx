import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { may } from '../../../../../electron/core/contract/may';
import { fieldWorkQueries, type PendingReport } from '../../../api/fieldwork';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { Panel } from '../../../components/Panel';
import { formatDate, formatMoney } from '../../../format/format';
import { MaterialsInvoicePanel } from './MaterialsInvoicePanel';

/**
 * Materiales por facturar (seed 001 step 35): the field reports the supervisor passes to
 * ALMACÉN, whose materials have no factura yet. Enter or a click opens one to FACTURAR.
 */
export function MaterialsScreen({ active }: ScreenProps) {
  const { user } = useSessionInfo();
  const allowed = may('fieldWork.pendingMaterials', user.role);
  // Read while shown, again when chosen in the menu and after FACTURAR.
  const pending = useQuery({ ...fieldWorkQueries.pendingMaterials(), enabled: active && allowed });
  const rows = pending.data ?? (pending.error ? [] : null);
  const error = pending.error?.message ?? null;
  const [picked, setPicked] = useState<PendingReport | null>(null);

  if (!allowed) {
    return <Alert severity="info">Los materiales por facturar los ven ALMACÉN y el supervisor.</Alert>;
  }

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(360px, 2fr)', gap: 1.25, alignItems: 'start' }}>
      <Panel title={`Materiales por facturar${rows ? `: ${rows.length} informes` : ''}`} flush>
        {rows === null && <LinearProgress />}
        {error && <Alert severity="error">{error}</Alert>}
        <Table size="small" aria-label="Informes con materiales por facturar">
          <TableHead>
            <TableRow>
              <TableCell>Orden</TableCell>
              <TableCell>Radicado</TableCell>
              <TableCell>Informe</TableCell>
              <TableCell>Suscriptor</TableCell>
              <TableCell>Materiales</TableCell>
              <TableCell align="right">Estimado</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(rows ?? []).map((r) => (
              <TableRow
                key={r.fieldReportId}
                hover
                tabIndex={0}
                selected={picked?.fieldReportId === r.fieldReportId}
                sx={{ cursor: 'pointer' }}
                onClick={() => setPicked(r)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    setPicked(r);
                  }
                }}
              >
                <TableCell sx={{ fontFamily: 'monospace' }}>{r.workOrderNumber}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{r.filingNumber}</TableCell>
                <TableCell>{formatDate(r.visitedOn)}</TableCell>
                <TableCell>
                  {r.subscriber.code} · {r.subscriber.ownerName}
                </TableCell>
                <TableCell>{r.materials.map((m) => `${m.name} × ${m.quantity}`).join(', ')}</TableCell>
                <TableCell align="right">{formatMoney(r.estimatedTotal)}</TableCell>
              </TableRow>
            ))}
            {rows !== null && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} sx={{ color: 'text.secondary' }}>
                  No hay materiales por facturar.
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </Panel>
      {picked ? (
        <MaterialsInvoicePanel
          key={picked.fieldReportId}
          report={picked}
          mayInvoice={may('fieldWork.invoiceMaterials', user.role)}
        />
      ) : (
        <Panel title="Factura de materiales">
          <Typography variant="body2" color="text.secondary">
            Elija un informe de la lista (Enter).
          </Typography>
        </Panel>
      )}
    </Box>
  );
}
