import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { pqrQueries } from '../../../api/pqr';
import type { Handoff } from '../../../app/handoff';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { startedFor, type PqrDraft, type PqrView } from './pqr-draft';
import { TramiteForm } from './TramiteForm';
import { TramiteSaved } from './TramiteSaved';

type Offer = Extract<Handoff, { kind: 'tramite' }>;

/**
 * PQR → TRÁMITE: the form, then the radicado with IMPRIMIR; "Nuevo trámite" starts over. A
 * trámite offered by another screen (SUSCRIPTOR's inspección de medidor) starts filled in; one
 * already under way is kept until the asesor chooses to leave it.
 */
export function TramiteScreen({ active, activation, handoff }: ScreenProps) {
  const { today } = useSessionInfo();
  // Read again each time the screen is chosen in the menu: ADMINISTRACIÓN may have changed a causal.
  const { data: catalog, error } = useQuery({ ...pqrQueries.catalog(), enabled: active });
  const catalogError = error?.message ?? null;
  const [saved, setSaved] = useState<PqrView | null>(null);
  const [round, setRound] = useState(0);
  const [start, setStart] = useState<Partial<PqrDraft> | undefined>(undefined);
  const [waiting, setWaiting] = useState<Offer | null>(null);
  const underWay = useRef(false);
  const trackUnderWay = useCallback((value: boolean) => {
    underWay.current = value;
  }, []);
  const taken = useRef<Handoff | null>(null);

  function startOver(next?: Partial<PqrDraft>) {
    setSaved(null);
    setStart(next);
    setWaiting(null);
    underWay.current = false;
    setRound((n) => n + 1);
  }

  // Each offer is taken once, when it arrives with the catalog at hand.
  useEffect(() => {
    if (handoff?.kind !== 'tramite' || !catalog || taken.current === handoff) return;
    taken.current = handoff;
    // A radicado on screen is done with: the offer starts anew; a form with a subscriber waits.
    if (underWay.current && !saved) setWaiting(handoff);
    else startOver(startedFor(catalog, handoff));
  }, [handoff, catalog, saved]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1180 }}>
      {catalogError && <Alert severity="error">{catalogError}</Alert>}
      {waiting && catalog && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => startOver(startedFor(catalog, waiting))}>
              DEJAR ESTE Y EMPEZAR
            </Button>
          }
        >
          Hay un trámite sin guardar en el formulario. Termínelo, o déjelo para empezar el de {waiting.causeName.toLowerCase()}{' '}
          del suscriptor {waiting.subscriber.code}.
        </Alert>
      )}
      {saved ? (
        <TramiteSaved request={saved} onNew={() => startOver()} activation={activation + round} />
      ) : catalog ? (
        <TramiteForm
          key={round}
          catalog={catalog}
          today={today}
          onSaved={setSaved}
          activation={activation + round}
          start={start}
          onUnderWay={trackUnderWay}
        />
      ) : (
        !catalogError && <LinearProgress aria-label="Cargando catálogos" />
      )}
    </Box>
  );
}
