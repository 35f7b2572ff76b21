import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { IssuedCode } from '../../../api/station';
import { formatInstant } from '../../../format/format';

/**
 * A pairing code as the admin reads it out or copies it on the puesto: big, in its groups of
 * four, with its end and the address to type there. It is never shown again.
 */
export function CodeDialog({ issued, addresses, onClose }: { issued: IssuedCode; addresses: string[]; onClose(): void }) {
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>Código de vinculación de {issued.name}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" role="note" sx={{ mb: 2 }}>
          Este código se muestra una sola vez. Si se pierde o vence, pida un código nuevo.
        </Alert>
        <Box
          aria-label="Código de vinculación"
          sx={{
            fontFamily: 'monospace',
            fontSize: '2.4rem',
            fontWeight: 700,
            letterSpacing: 4,
            textAlign: 'center',
            py: 1.5,
            bgcolor: '#f3f6f8',
            borderRadius: 1,
          }}
        >
          {issued.code}
        </Box>
        <Typography variant="body2" sx={{ mt: 1, textAlign: 'center' }} aria-label="Vence">
          Vale hasta {formatInstant(issued.expiresAt)}
        </Typography>
        <Typography variant="body2" sx={{ mt: 2 }}>
          En el puesto {issued.name}: ADMINISTRACIÓN → Puestos y red → Conectar a un servidor, y escriba
          {addresses.length > 0 ? ' la dirección del servidor y este código.' : ' este código y la dirección del servidor.'}
        </Typography>
        {addresses.length > 0 ? (
          <Box aria-label="Dirección del servidor" sx={{ fontFamily: 'monospace', fontSize: '1.1rem', mt: 0.5 }}>
            {addresses.map((a) => (
              <div key={a}>{a}</div>
            ))}
          </Box>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            La dirección se muestra en «Este equipo» cuando sea el servidor de la oficina.
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} autoFocus>
          LISTO
        </Button>
      </DialogActions>
    </Dialog>
  );
}
