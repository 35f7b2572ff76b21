import Typography from '@mui/material/Typography';
import type { StationInfo } from '../../../../electron/core/contract/station.contract';

/** Under the login of a puesto: which puesto this is and the server its users log in to. */
export function PuestoLine({ station }: { station: StationInfo }) {
  if (station.mode !== 'PUESTO' || !station.server) return null;
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      aria-label="Puesto de trabajo"
      sx={{ textAlign: 'center', overflowWrap: 'anywhere' }}
    >
      Puesto {station.workstation} · servidor {station.server.address}
    </Typography>
  );
}
