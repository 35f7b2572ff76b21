import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { DataList } from '../../../components/DataList';
import { Panel } from '../../../components/Panel';
import { PrintButton } from '../../../documents';
import { formatDate } from '../../../format/format';
import { APPLICANT_LABELS } from '../../../format/labels';
import { DeadlineChip } from '../../../components/tramite/DeadlineChip';
import { RequirementsList } from '../../../components/tramite/RequirementsList';
import { CertificateIssued } from './CertificateIssued';
import { OwnerChanged } from './OwnerChanged';
import type { PqrView } from './pqr-draft';

interface Props {
  request: PqrView;
  onNew(): void;
  activation: number;
}

/**
 * After GUARDAR: the radicado, big, its due date and IMPRIMIR (focused). An office that
 * radicates with documents missing (setting pqr.missingRequirements) gets it EN ESPERA. A
 * causal that issues a certificate shows it first, with IMPRIMIR CERTIFICADO focused; a cambio
 * de nombre shows the new titular, with IMPRIMIR CONSTANCIA focused.
 */
export function TramiteSaved({ request, onNew, activation }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [activation]);
  const missing = request.requirements.filter((r) => r.required && !r.presented).map((r) => r.name);
  const waiting = request.status === 'EN_ESPERA';

  return (
    <Panel title={waiting ? 'Trámite radicado EN ESPERA DE DOCUMENTOS' : 'Trámite radicado'}>
      <Box ref={box} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {request.certificate && <CertificateIssued certificate={request.certificate} />}
        {request.ownerChange && <OwnerChanged change={request.ownerChange} filingNumber={request.filingNumber} />}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              Radicado
            </Typography>
            <Typography
              component="h1"
              aria-label="Número de radicado"
              sx={{ fontSize: '2.2rem', fontWeight: 700, fontFamily: 'monospace', lineHeight: 1.1, color: 'primary.dark' }}
            >
              {request.filingNumber}
            </Typography>
          </Box>
          {request.status !== 'CERRADO' && (
            <Box sx={{ ml: 'auto', textAlign: 'right' }}>
              <Typography variant="caption" color="text.secondary" component="div">
                Fecha límite de respuesta
              </Typography>
              <DeadlineChip deadline={request.deadline} />
            </Box>
          )}
        </Box>
        {waiting && (
          <Alert severity="warning" role="status" aria-label="En espera de documentos">
            EN ESPERA DE DOCUMENTOS: el término está detenido hasta que el usuario presente
            {missing.length > 0 ? ` lo que falta (${missing.join('; ')})` : ' lo que falta'}; al reanudarlo, la fecha límite se
            corre por los días en espera.
          </Alert>
        )}
        <DataList
          items={[
            ['Suscriptor', `${request.subscriber.code} · ${request.subscriber.ownerName}`],
            ['Tercero', `${request.party.fullName} · ${request.party.documentType} ${request.party.documentNumber}`],
            ['Solicitante', APPLICANT_LABELS[request.applicantKind]],
            ['Servicio', request.service],
            ['Tipo de trámite', request.requestType],
            ['Causal', request.cause.name],
            ...(request.gate.invoiceNumber ? ([['Pago verificado', `Factura ${request.gate.invoiceNumber}`]] as const) : []),
            ...(request.appointment
              ? ([['Visita', `${formatDate(request.appointment.visitOn)} · ${request.appointment.timeWindow}`]] as const)
              : []),
          ]}
        />
        <RequirementsList requirements={request.requirements} />
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <PrintButton type="SOLICITUD_TRAMITE" number={request.filingNumber} />
          <Button variant="outlined" startIcon={<AddIcon />} onClick={onNew} sx={{ ml: 'auto' }}>
            Nuevo trámite
          </Button>
        </Box>
      </Box>
    </Panel>
  );
}
