import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useEffect, useState } from 'react';
import { call } from '../../../api';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import type { PqrCatalog, PqrView } from './pqr-draft';
import { TramiteForm } from './TramiteForm';
import { TramiteSaved } from './TramiteSaved';

/** PQR → TRÁMITE: the form, then the radicado with IMPRIMIR; "Nuevo trámite" starts over. */
export function TramiteScreen({ active, activation }: ScreenProps) {
  const { today } = useSessionInfo();
  const [catalog, setCatalog] = useState<PqrCatalog | null>(null);
  const [catalogError, setCatalogError] = useState<string | null>(null);
  const [saved, setSaved] = useState<PqrView | null>(null);
  const [round, setRound] = useState(0);

  // The catalog again each time the screen is shown: ADMINISTRACIÓN may have changed a causal.
  useEffect(() => {
    if (!active) return;
    let current = true;
    void call('pqr.catalog', {}).then((result) => {
      if (!current) return;
      if (!result.ok) return setCatalogError(result.error.message);
      setCatalogError(null);
      setCatalog(result.data);
    });
    return () => {
      current = false;
    };
  }, [active, activation]);

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
