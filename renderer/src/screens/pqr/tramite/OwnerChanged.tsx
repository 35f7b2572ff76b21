import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { OwnerChangeSummary } from '../../../../../electron/core/contract/name-change.contract';
import { PrintButton } from '../../../documents';
import { formatDate } from '../../../format/format';

/**
 * Seed 004, cambio de nombre steps 6-7: the padrón names the new titular from today; IMPRIMIR
 * CONSTANCIA (ORIGINAL for the user, COPIA — SOPORTE signed by the new titular as received).
 */
export function OwnerChanged({ change, filingNumber }: { change: OwnerChangeSummary; filingNumber: string }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box>
        <Typography variant="caption" color="text.secondary" component="div">
          Nuevo titular desde el {formatDate(change.effectiveOn)}
        </Typography>
        <Typography
          component="p"
          aria-label="Nuevo titular"
          sx={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.1, color: 'success.dark', m: 0 }}
        >
          {change.newOwner}
        </Typography>
        <Typography aria-label="Titular anterior">Titular anterior: {change.previousOwner}</Typography>
      </Box>
      <Alert severity="success" role="status" aria-label="Titular cambiado">
        Pago verificado y cuenta al corriente: el padrón ya muestra al nuevo titular. Imprima la constancia; el nuevo titular
        firma el recibido en la COPIA — SOPORTE.
      </Alert>
      <PrintButton type="CONSTANCIA_CAMBIO_NOMBRE" number={filingNumber} label="IMPRIMIR CONSTANCIA" />
    </Box>
  );
}
