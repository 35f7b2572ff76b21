import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useState } from 'react';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { Panel } from '../../../components/Panel';
import { formatDate } from '../../../format/format';
import { AssignmentQueue } from './AssignmentQueue';
import { AssignPanel, type AssignTarget } from './AssignPanel';
import { OpenOrders } from './OpenOrders';
import { ReportDialog, type ReportResult } from './ReportDialog';
import { useFieldWork, type OpenOrderRow, type QueueRow } from './use-field-work';

const queueTarget = (r: QueueRow): AssignTarget => ({
  filingNumber: r.filingNumber,
  summary: [
    ['Suscriptor', `${r.subscriberCode} · ${r.subscriberName}`],
    ['Dirección', `${r.address} · ruta ${r.routeCode}`],
    ['Causal', `${r.service} · ${r.cause}`],
    ['Vence', formatDate(r.dueOn)],
    ...(r.appointment ? ([['Cita', `${formatDate(r.appointment.visitOn)} · ${r.appointment.timeWindow}`]] as const) : []),
  ],
});

const reassignTarget = (o: OpenOrderRow): AssignTarget => ({
  filingNumber: o.filingNumber,
  summary: [
    ['Suscriptor', `${o.subscriberCode} · ${o.subscriberName}`],
    ['Dirección', `${o.address} · ruta ${o.routeCode}`],
    ['Causal', o.cause],
  ],
  replaces: { number: o.number, fieldWorker: o.fieldWorker },
});

/** What the report did, in the words of the procedures. */
function savedMessage({ order, requestStatus, subscriberStatus }: ReportResult): string {
  const done = order.report?.done ?? false;
  const parts = [`Informe de la orden ${order.number} guardado.`];
  if (!done)
    parts.push(`El trabajo no se realizó: el trámite ${order.request.filingNumber} vuelve a la lista para asignarlo de nuevo.`);
  else if (requestStatus === 'CERRADO') parts.push(`Trámite ${order.request.filingNumber} CERRADO.`);
  else parts.push(`El trámite ${order.request.filingNumber} queda con informe, para su respuesta.`);
  if (done && order.request.restoresService) parts.push(`Suscriptor ${order.subscriber.code}: ${subscriberStatus}.`);
  if (order.report?.materials.length) parts.push('Los materiales quedan para facturar en ALMACÉN.');
  return parts.join(' ');
}

/**
 * PQR → Trabajo de campo (seeds 001 steps 33–34, 002 steps 14–15): the supervisor assigns
 * reconnections and the coordinator visits to a field worker, prints the work order, and types
 * in the report it comes back with.
 */
export function FieldWorkScreen({ active }: ScreenProps) {
  const { user } = useSessionInfo();
  const { queue, orders, workers, error } = useFieldWork(active);
  const [target, setTarget] = useState<AssignTarget | null>(null);
  const [reporting, setReporting] = useState<OpenOrderRow | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const mine = (row: { assignedBy: string }) => row.assignedBy === user.role;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      {error && <Alert severity="error">{error}</Alert>}
      {saved && (
        <Alert severity="success" onClose={() => setSaved(null)}>
          {saved}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(320px, 2fr)', gap: 1.25, alignItems: 'start' }}>
        <Panel title={`Trámites por asignar${queue ? `: ${queue.length}` : ''}`} flush>
          {queue === null && <LinearProgress />}
          <AssignmentQueue
            rows={queue}
            selected={target?.replaces ? null : (target?.filingNumber ?? null)}
            canAssign={mine}
            onPick={(r) => setTarget(queueTarget(r))}
          />
        </Panel>
        <AssignPanel
          key={target ? `${target.filingNumber}|${target.replaces?.number ?? ''}` : 'none'}
          target={target}
          workers={workers}
        />
      </Box>
      <Panel title={`Órdenes de trabajo abiertas${orders ? `: ${orders.length}` : ''}`} flush>
        {orders === null && <LinearProgress />}
        <OpenOrders
          rows={orders}
          canHandle={mine}
          onReport={(o) => {
            setSaved(null);
            setReporting(o);
          }}
          onReassign={(o) => setTarget(reassignTarget(o))}
        />
      </Panel>
      {reporting && (
        <ReportDialog
          order={reporting}
          onClose={() => setReporting(null)}
          onSaved={(result) => {
            setReporting(null);
            setSaved(savedMessage(result));
          }}
        />
      )}
    </Box>
  );
}
