import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PQR_STATUS_LABEL } from '../../../../electron/core/pqr/states';
import { pqrQueries, type PqrView } from '../../api/pqr';
import { useSessionInfo } from '../../app/session-context';
import { DataList } from '../DataList';
import { PrintButton } from '../../documents';
import { formatDate, formatInstant } from '../../format/format';
import { APPLICANT_LABELS } from '../../format/labels';
import { DeadlineChip } from './DeadlineChip';
import { RequirementsList } from './RequirementsList';
import { TermActions } from './TermActions';

/**
 * One trámite: its data, its legal term, its history, REIMPRIMIR and the clock's actions.
 * `changed`: whether the clock was moved while open (the lists showing it read again by themselves).
 */
export function TramiteDialog({ filingNumber, onClose }: { filingNumber: string; onClose(changed: boolean): void }) {
  const info = useSessionInfo();
  const queries = useQueryClient();
  const query = pqrQueries.get(filingNumber);
  const { data: request, error } = useQuery(query);
  const [changed, setChanged] = useState(false);

  return (
    <Dialog open onClose={() => onClose(changed)} maxWidth="md" fullWidth>
      <DialogTitle sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <span style={{ fontFamily: 'monospace' }}>{filingNumber}</span>
        {request && <DeadlineChip deadline={request.deadline} closed={request.status === 'CERRADO'} />}
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {error && <Alert severity="error">{error.message}</Alert>}
        {!request && !error && <LinearProgress />}
        {request?.deadline.silence && (
          <Alert severity="error">
            Término vencido sin respuesta notificada: revise el silencio administrativo positivo (reconocerlo dentro de las 72
            horas).
          </Alert>
        )}
        {request && (
          <>
            <DataList
              items={[
                ['Estado', PQR_STATUS_LABEL[request.status]],
                ['Radicado el', `${formatInstant(request.filedAt)} por ${request.asesor.fullName}`],
                ['Suscriptor', `${request.subscriber.code} · ${request.subscriber.ownerName} · ${request.subscriber.address}`],
                [
                  'Tercero',
                  `${request.party.fullName} · ${request.party.documentType} ${request.party.documentNumber} · ${request.party.mobile}`,
                ],
                ['Solicitante', APPLICANT_LABELS[request.applicantKind]],
                ['Servicio · tipo · causal', `${request.service} · ${request.requestType} · ${request.cause.name}`],
                ['Observación', request.observation],
                ['Término', termOf(request.deadline)],
                ...(request.gate.invoiceNumber ? ([['Pago verificado', `Factura ${request.gate.invoiceNumber}`]] as const) : []),
                ...(request.appointment
                  ? ([['Visita', `${formatDate(request.appointment.visitOn)} · ${request.appointment.timeWindow}`]] as const)
                  : []),
              ]}
            />
            {request.requirements.length > 0 && (
              <Box>
                <Typography variant="subtitle2">Documentos</Typography>
                <RequirementsList requirements={request.requirements} />
              </Box>
            )}
            <Box>
              <Typography variant="subtitle2">Historia</Typography>
              <Table size="small" aria-label="Historia del trámite">
                <TableBody>
                  {request.events.map((e, i) => (
                    <TableRow key={i}>
                      <TableCell>{formatInstant(e.at)}</TableCell>
                      <TableCell>{e.user}</TableCell>
                      <TableCell>{PQR_STATUS_LABEL[e.toStatus]}</TableCell>
                      <TableCell>{e.note}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ justifyContent: 'space-between' }}>
        <Box sx={{ display: 'flex', gap: 1 }}>
          {request && <PrintButton type="SOLICITUD_TRAMITE" number={request.filingNumber} label="IMPRIMIR SOLICITUD" />}
          {request && (
            <TermActions
              request={request}
              role={info.user.role}
              onChanged={(r) => {
                // The answer is the trámite as it is now: shown at once.
                queries.setQueryData(query.queryKey, r);
                setChanged(true);
              }}
            />
          )}
        </Box>
        <Button onClick={() => onClose(changed)}>Cerrar</Button>
      </DialogActions>
    </Dialog>
  );
}

/** A reconnection's term runs in hours to an instant; any other, in business days. */
function termOf(d: PqrView['deadline']): string {
  if (d.dueAt) return `En horas: vence el ${formatInstant(d.dueAt)} (no admite prórroga)`;
  return `${d.termDays} días hábiles${d.extendedDays ? ` + prórroga de ${d.extendedDays}` : ''}`;
}
