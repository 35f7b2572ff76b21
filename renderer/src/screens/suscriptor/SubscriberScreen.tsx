import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import type { ScreenProps } from '../../app/menu';
import { SubscriberSearch, type SubscriberSummary } from '../../components/subscriber/SubscriberSearch';
import { AccountPanel } from './view/AccountPanel';
import { ConsumptionChart } from './view/ConsumptionChart';
import { InfoPanels } from './view/InfoPanels';
import { SubscriberHeader } from './view/SubscriberHeader';
import type { SubscriberView } from './view/types';

/** SUSCRIPTOR → Consulta de suscriptor. */
export function SubscriberScreen({ active, activation }: ScreenProps) {
  const [view, setView] = useState<SubscriberView | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (active) inputRef.current?.focus();
  }, [active, activation]);

  async function open(subscriber: SubscriberSummary) {
    const ticket = ++latest.current;
    setLoading(true);
    setError(null);
    const result = await call('subscribers.view', { code: subscriber.code });
    if (ticket !== latest.current) return;
    setLoading(false);
    if (result.ok) setView(result.data);
    else setError(result.error.message);
    inputRef.current?.select();
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <SubscriberSearch onOpen={(s) => void open(s)} inputRef={inputRef} autoFocus />
      {loading && <LinearProgress aria-label="Cargando suscriptor" />}
      {error && <Alert severity="error">{error}</Alert>}
      {view ? (
        <Box
          component="article"
          aria-label={`Suscriptor ${view.code}`}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, opacity: loading ? 0.6 : 1 }}
        >
          <SubscriberHeader view={view} />
          <InfoPanels view={view} />
          <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1.35fr) minmax(0, 1fr)', gap: 1.5, alignItems: 'start' }}>
            <AccountPanel view={view} />
            <ConsumptionChart points={view.consumption} />
          </Box>
        </Box>
      ) : (
        !loading && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
            Escriba el código del suscriptor y presione Enter, o busque por nombre, cédula o dirección.
          </Typography>
        )
      )}
    </Box>
  );
}
