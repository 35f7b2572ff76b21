import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { PrintButton } from '../../../documents';
import { formatDate } from '../../../format/format';

/**
 * Seed 004 step 5: the certificado de no adeudo the radicación issued, its number and validity,
 * and IMPRIMIR CERTIFICADO (ORIGINAL for the user, COPIA — SOPORTE signed by the user as received).
 */
export function CertificateIssued({ certificate }: { certificate: { number: string; validUntil: string } }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 3, flexWrap: 'wrap' }}>
        <Box>
          <Typography variant="caption" color="text.secondary" component="div">
            Certificado de no adeudo
          </Typography>
          <Typography
            component="p"
            aria-label="Número del certificado"
            sx={{ fontSize: '1.8rem', fontWeight: 700, fontFamily: 'monospace', lineHeight: 1.1, color: 'success.dark', m: 0 }}
          >
            {certificate.number}
          </Typography>
        </Box>
        <Typography aria-label="Vigencia del certificado">Válido hasta el {formatDate(certificate.validUntil)}</Typography>
      </Box>
      <Alert severity="success" role="status" aria-label="Certificado expedido">
        Pago verificado y cuenta al corriente: imprima el certificado; el usuario firma el recibido en la COPIA — SOPORTE.
      </Alert>
      <PrintButton type="CERTIFICADO_NO_ADEUDO" number={certificate.number} label="IMPRIMIR CERTIFICADO" />
    </Box>
  );
}
