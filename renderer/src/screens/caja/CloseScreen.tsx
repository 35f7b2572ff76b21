import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import type { ScreenProps } from '../../app/menu';
import { DataList } from '../../components/DataList';
import { Panel } from '../../components/Panel';
import type { CloseReport } from '../../documents';
import { formatCurrency, formatDate, formatInstant } from '../../format/format';
import { CloseDone } from './CloseDone';
import { CountStep } from './CountStep';
import { RevealStep } from './RevealStep';
import { useCashSession, type CashSession } from './use-cash-session';
import { usePrintSetup } from './use-print-setup';

/**
 * CAJA → Corte de caja: blind count by denomination, then the expected cash and the
 * sobrante/faltante with its note, then the numbered close report.
 */
export function CloseScreen({ active, activation, navigate }: ScreenProps) {
  const { current, error, reload } = useCashSession(active, activation);
  const setup = usePrintSetup();
  // The count registered (now or before: a session EN_ARQUEO), and the close once done.
  const [counted, setCounted] = useState<CloseReport | null>(null);
  const [closed, setClosed] = useState<CloseReport | null>(null);
  const [reportError, setReportError] = useState<string | null>(null);
  const session = current?.session ?? null;

  // A count registered earlier (the app was closed in between) is shown, not asked again.
  const pendingId = session?.status === 'EN_ARQUEO' && counted?.session.id !== session.id ? session.id : null;
  useEffect(() => {
    if (pendingId === null) return;
    let live = true;
    void call('cash.closeReport', { sessionId: pendingId }).then((result) => {
      if (!live) return;
      if (result.ok) setCounted(result.data);
      else setReportError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [pendingId]);

  function done(report: CloseReport) {
    setClosed(report);
    setCounted(null);
    reload();
  }

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!current) return <LinearProgress aria-label="Leyendo la caja" />;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 980 }}>
      {closed && !session && (
        <Panel title="Corte de caja">
          <CloseDone report={closed} setup={setup} />
        </Panel>
      )}
      {!session && !closed && (
        <Alert
          severity="info"
          action={
            navigate && (
              <Button color="inherit" size="small" onClick={() => navigate('cashPayment')}>
                IR A PAGO DE CUPÓN
              </Button>
            )
          }
        >
          No hay una caja abierta para cortar. La caja se abre en CAJA → Pago de cupón, con la base del día.
        </Alert>
      )}
      {session && (
        <Panel title={`Corte de caja del ${formatDate(session.businessDate)}`}>
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <SessionFacts session={session} currency={current.currency} />
            {session.stale && (
              <Alert severity="warning">
                Esta caja quedó abierta desde el {formatDate(session.businessDate)}: haga su corte para poder abrir la de hoy.
              </Alert>
            )}
            {reportError && <Alert severity="error">{reportError}</Alert>}
            {session.status === 'ABIERTA' && counted?.session.id !== session.id && (
              <CountStep
                denominations={current.denominations}
                currency={current.currency}
                activation={activation}
                onCounted={(report) => {
                  setCounted(report);
                  reload();
                }}
              />
            )}
            {counted && counted.session.id === session.id && <RevealStep report={counted} onClosed={done} />}
          </Box>
        </Panel>
      )}
    </Box>
  );
}

function SessionFacts({ session, currency }: { session: CashSession; currency: 'COP' | 'MXN' }) {
  return (
    <DataList
      items={[
        ['Cajero(a)', `${session.cashier.fullName} · Puesto ${session.workstation}`],
        ['Apertura', formatInstant(session.openedAt)],
        ['Base de caja', formatCurrency(session.openingFloat, currency)],
        ['Recibos', String(session.receipts)],
      ]}
    />
  );
}
