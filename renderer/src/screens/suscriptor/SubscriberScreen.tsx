import DescriptionIcon from '@mui/icons-material/Description';
import HandshakeIcon from '@mui/icons-material/Handshake';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import type { ScreenProps } from '../../app/menu';
import { useSessionInfo } from '../../app/session-context';
import { SubscriberSearch, type SubscriberSummary } from '../../components/subscriber/SubscriberSearch';
import { DebtAgreementDialog } from './agreement/DebtAgreementDialog';
import { StatementDialog } from './estado-cuenta/StatementDialog';
import { mayIssueStatement } from './estado-cuenta/statement-draft';
import { maySignDebtAgreement } from './factura/access';
import { AccountPanel } from './view/AccountPanel';
import { ConsumptionChart } from './view/ConsumptionChart';
import { InfoPanels } from './view/InfoPanels';
import { InvoicesPanel } from './view/InvoicesPanel';
import { PqrPanel } from './view/PqrPanel';
import { SubscriberHeader } from './view/SubscriberHeader';
import type { SubscriberView } from './view/types';

/** SUSCRIPTOR → Consulta de suscriptor. */
export function SubscriberScreen({ active, activation }: ScreenProps) {
  const { user, modules } = useSessionInfo();
  const [view, setView] = useState<SubscriberView | null>(null);
  // Bumped when the account changed from this screen (a void, an arreglo de deuda).
  const [version, setVersion] = useState(0);
  const [arranging, setArranging] = useState(false);
  const [stating, setStating] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (active) inputRef.current?.focus();
  }, [active, activation]);

  async function open(subscriber: Pick<SubscriberSummary, 'code'>, keepFocus = false) {
    const ticket = ++latest.current;
    setLoading(true);
    setError(null);
    const result = await call('subscribers.view', { code: subscriber.code });
    if (ticket !== latest.current) return;
    setLoading(false);
    if (result.ok) setView(result.data);
    else setError(result.error.message);
    if (!keepFocus) inputRef.current?.select();
  }

  function changed() {
    setVersion((n) => n + 1);
    if (view) void open(view, true);
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
          <SubscriberHeader
            view={view}
            actions={
              <>
                {mayIssueStatement(user.role) && (
                  <Button variant="outlined" startIcon={<DescriptionIcon />} onClick={() => setStating(true)}>
                    Estado de cuenta
                  </Button>
                )}
                {maySignDebtAgreement(user.role) && (
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
            <ConsumptionChart points={view.consumption} />
          </Box>
          <InvoicesPanel code={view.code} version={version} onChanged={changed} />
          {modules.includes('PQR') && <PqrPanel code={view.code} version={version} />}
          {stating && <StatementDialog subscriber={view} onClose={() => setStating(false)} />}
          {arranging && <DebtAgreementDialog subscriber={view} onSaved={changed} onClose={() => setArranging(false)} />}
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
