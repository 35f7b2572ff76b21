import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { pqrQueries } from '../../../api/pqr';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import type { PqrView } from './pqr-draft';
import { TramiteForm } from './TramiteForm';
import { TramiteSaved } from './TramiteSaved';

/** PQR → TRÁMITE: the form, then the radicado with IMPRIMIR; "Nuevo trámite" starts over. */
export function TramiteScreen({ active, activation }: ScreenProps) {
  const { today } = useSessionInfo();
  // Read again each time the screen is chosen in the menu: ADMINISTRACIÓN may have changed a causal.
  const { data: catalog, error } = useQuery({ ...pqrQueries.catalog(), enabled: active });
  const catalogError = error?.message ?? null;
  const [saved, setSaved] = useState<PqrView | null>(null);
  const [round, setRound] = useState(0);

  function startOver() {
    setSaved(null);
    setRound((n) => n + 1);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1180 }}>
      {catalogError && <Alert severity="error">{catalogError}</Alert>}
      {saved ? (
        <TramiteSaved request={saved} onNew={startOver} activation={activation + round} />
      ) : catalog ? (
        <TramiteForm key={round} catalog={catalog} today={today} onSaved={setSaved} activation={activation + round} />
      ) : (
        !catalogError && <LinearProgress aria-label="Cargando catálogos" />
      )}
    </Box>
  );
}
