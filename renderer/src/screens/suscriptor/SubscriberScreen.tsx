import DescriptionIcon from '@mui/icons-material/Description';
import HandshakeIcon from '@mui/icons-material/Handshake';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { METER_INSPECTION } from '../../../../electron/core/consumption/meter-inspection';
import { may } from '../../../../electron/core/contract/may';
import { invoiceQueries } from '../../api/invoices';
import { subscriberQueries, type SubscriberSummary } from '../../api/subscribers';
import type { ScreenProps } from '../../app/menu';
import { useSessionInfo } from '../../app/session-context';
import { PadronHistoryPanel } from '../../components/padron/PadronHistoryPanel';
import { SubscriberSearch } from '../../components/subscriber/SubscriberSearch';
import { useFocusAfterRender } from '../../components/use-focus-after-render';
import { DebtAgreementDialog } from './agreement/DebtAgreementDialog';
import { StatementDialog } from './estado-cuenta/StatementDialog';
import { AccountPanel } from './view/AccountPanel';
import { ConsumptionChart } from './view/ConsumptionChart';
import { InfoPanels } from './view/InfoPanels';
import { InvoicesPanel } from './view/InvoicesPanel';
import { PqrPanel } from './view/PqrPanel';
import { SubscriberHeader } from './view/SubscriberHeader';

/**
 * SUSCRIPTOR → Consulta de suscriptor. The moment the asesor asks for a código (Enter, or a
 * match picked), everything the view shows of it is read at once, alongside the search's own
 * lookup; by the time that answers, the panels' answers are in (or on their way) and the whole
 * view is shown together. What changes afterwards (a void, an arreglo de deuda, a trámite) is
 * read again by itself. The padrón's history is only counted there: it is read when opened.
 */
export function SubscriberScreen({ active, activation, navigate }: ScreenProps) {
  const { user } = useSessionInfo();
  const queries = useQueryClient();
  const tramites = may('pqr.bySubscriber', user.role);
  const padronHistory = may('padron.history', user.role);
  const [code, setCode] = useState<string | null>(null);
  const [arranging, setArranging] = useState(false);
  const [stating, setStating] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusAfter = useFocusAfterRender();
  // While another subscriber is read, the one on screen stays (dimmed).
  const opened = useQuery({
    ...subscriberQueries.view(code ?? ''),
    enabled: active && code !== null,
    placeholderData: keepPreviousData,
  });
  const view = code === null ? null : (opened.data ?? null);
  const inspect = useCallback(() => {
    if (view) navigate?.('pqrTramite', { kind: 'tramite', subscriber: view, ...METER_INSPECTION });
  }, [view, navigate]);
  const mayInspect = navigate !== undefined && may('pqr.create', user.role);
  const loading = code !== null && (opened.isPending || opened.isPlaceholderData);

  useEffect(() => {
    if (active) inputRef.current?.focus();
  }, [active, activation]);

  /** The asesor asked for this código: read anew all the view shows of it, all at once. */
  function read(asked: string) {
    void queries.prefetchQuery({ ...subscriberQueries.view(asked), staleTime: 0 });
    void queries.prefetchQuery({ ...invoiceQueries.bySubscriber(asked), staleTime: 0 });
    if (tramites) void queries.prefetchQuery({ ...subscriberQueries.tramites(asked), staleTime: 0 });
  }

  function open(subscriber: SubscriberSummary) {
    setCode(subscriber.code);
    // The next código replaces this one as it is typed.
    focusAfter(() => inputRef.current);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <SubscriberSearch onCode={read} onOpen={open} inputRef={inputRef} autoFocus />
      {loading && <LinearProgress aria-label="Cargando suscriptor" />}
      {opened.error && <Alert severity="error">{opened.error.message}</Alert>}
      {view ? (
        <Box
          component="article"
          aria-label={`Suscriptor ${view.code}`}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, opacity: loading ? 0.6 : 1 }}
        >
          <SubscriberHeader
            view={view}
            actions={
              <>
                {may('statements.issue', user.role) && (
                  <Button variant="outlined" startIcon={<DescriptionIcon />} onClick={() => setStating(true)}>
                    Estado de cuenta
                  </Button>
                )}
                {may('agreements.createForDebt', user.role) && (
                  <Button variant="outlined" startIcon={<HandshakeIcon />} onClick={() => setArranging(true)}>
                    Arreglo de deuda
                  </Button>
                )}
              </>
            }
          />
          <InfoPanels view={view} />
          <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1.35fr) minmax(0, 1fr)', gap: 1.5, alignItems: 'start' }}>
            <AccountPanel view={view} />
            <ConsumptionChart points={view.consumption} stuck={view.stuckMeter} onInspect={mayInspect ? inspect : undefined} />
          </Box>
          <InvoicesPanel code={view.code} enabled={active} />
          {tramites && <PqrPanel code={view.code} enabled={active} />}
          {padronHistory && <PadronHistoryPanel code={view.code} count={view.padronChanges} />}
          {stating && <StatementDialog subscriber={view} onClose={() => setStating(false)} />}
          {arranging && <DebtAgreementDialog subscriber={view} onClose={() => setArranging(false)} />}
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
