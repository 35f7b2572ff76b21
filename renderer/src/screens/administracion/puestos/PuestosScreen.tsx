import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { stationQueries } from '../../../api/station';
import type { ScreenProps } from '../../../app/menu';
import { Panel } from '../../../components/Panel';
import { serverUrls } from './labels';
import { PuestosPanel } from './PuestosPanel';
import { StationPanel } from './StationPanel';

/**
 * ADMINISTRACIÓN → Puestos y red: what this computer is in the office (equipo único, servidor,
 * puesto) and, where the office's records are kept, the puestos that work through it.
 */
export function PuestosScreen({ active }: ScreenProps) {
  const station = useQuery({ ...stationQueries.info(), enabled: active });

  if (!station.data) {
    return (
      <Panel title="Este equipo">
        {station.error ? (
          <Alert severity="error" role="alert">
            {station.error.message}
          </Alert>
        ) : (
          <LinearProgress aria-label="Cargando la configuración del equipo" />
        )}
      </Panel>
    );
  }
  const info = station.data;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 1.5, maxWidth: 1280 }}>
      <StationPanel station={info} />
      {/* A puesto's records are the server's: its puestos are managed there. */}
      {info.mode !== 'PUESTO' && (
        <PuestosPanel
          active={active}
          isServer={info.mode === 'SERVIDOR'}
          addresses={info.officeServer ? serverUrls(info.officeServer) : []}
        />
      )}
    </Box>
  );
}
