import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import { useOfficeLink } from '../api/office-link';

/**
 * At the top of every screen of a puesto whose office server does not answer: nothing is lost
 * (forms keep what was typed) and the window keeps asking until the server is back.
 */
export function OfficeLinkBanner() {
  const { offline } = useOfficeLink();
  if (!offline) return null;
  return (
    <Alert
      severity="warning"
      role="status"
      aria-label="Conexión con el servidor de la oficina"
      icon={<CircularProgress size={18} color="inherit" aria-hidden />}
      sx={{ borderRadius: 0, fontWeight: 500 }}
    >
      {offline}
    </Alert>
  );
}
