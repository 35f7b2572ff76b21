import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { cashQueries } from '../../api/cash';
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
  const { current, error } = useCashSession(active);
  const setup = usePrintSetup();
  // The count registered here, and the close once done (cash.current is read again after each).
  const [counted, setCounted] = useState<CloseReport | null>(null);
  const [closed, setClosed] = useState<CloseReport | null>(null);
  const read = current?.session ?? null;
  // The session just closed is over, whether or not cash.current has been read again yet.
  const session = read && read.id !== closed?.session.id ? read : null;

  // A count registered earlier (the app was closed in between) is shown, not asked again.
  const pendingId = session?.status === 'EN_ARQUEO' && counted?.session.id !== session.id ? session.id : null;
  const pending = useQuery({ ...cashQueries.closeReport(pendingId ?? 0), enabled: active && pendingId !== null });
  const count = counted?.session.id === session?.id ? counted : pendingId !== null ? (pending.data ?? null) : null;
  const reportError = pendingId !== null ? (pending.error?.message ?? null) : null;

  function done(report: CloseReport) {
    setClosed(report);
    setCounted(null);
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
                onCounted={setCounted}
              />
            )}
            {count && <RevealStep report={count} onClosed={done} />}
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
