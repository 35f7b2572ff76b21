import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import type { ScreenProps } from '../../app/menu';
import { Panel } from '../../components/Panel';
import { CouponScanField } from './CouponScanField';
import { FoundPanel } from './FoundPanel';
import { focusSoon } from './keyboard';
import { lookUp, type Found } from './look-up';
import { ReceiptResult } from './ReceiptResult';
import { readScannedNumber } from './scan-number';
import { SessionBar } from './SessionBar';
import { SessionReceipts } from './SessionReceipts';
import { collecting, useCashSession } from './use-cash-session';
import type { Receipt } from './use-collect';
import { usePrintSetup } from './use-print-setup';
import { useSessionReceipts } from './use-session-receipts';
import { VoidReceiptDialog } from './VoidReceiptDialog';

/**
 * CAJA → Pago de cupón: scan a coupon (or type a factura's number, seed 004), see what it pays,
 * take the money, REGISTRAR, the receipt prints.
 */
export function PaymentScreen({ active, activation, navigate }: ScreenProps) {
  const session = useCashSession(active);
  const receipts = useSessionReceipts(active);
  const setup = usePrintSetup();
  const [typed, setTyped] = useState('');
  const [scanError, setScanError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [found, setFound] = useState<Found | null>(null);
  // A new PaymentForm (and request key) for every coupon or factura loaded.
  const [round, setRound] = useState(0);
  const [shown, setShown] = useState<{ receipt: Receipt; fresh: boolean } | null>(null);
  const [voiding, setVoiding] = useState<Receipt | null>(null);
  const scanRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  // Without a session the focus belongs to the opening float.
  const closed = session.current !== null && session.current.session === null;
  useEffect(() => {
    if (active && !closed) focusSoon(() => scanRef.current);
  }, [active, activation, closed]);

  async function scan() {
    const read = readScannedNumber(typed);
    setTyped(read.number);
    const ticket = ++latest.current;
    if (!read.ok) {
      setFound(null);
      setScanError(read.message);
      return focusSoon(() => scanRef.current);
    }
    setLoading(true);
    setScanError(null);
    const result = await lookUp(read.kind, read.number);
    if (ticket !== latest.current) return;
    setLoading(false);
    if (!result.ok) {
      setFound(null);
      setScanError(result.error.message);
      return focusSoon(() => scanRef.current);
    }
    setFound(result.data);
    setShown(null);
    setRound((n) => n + 1);
    // Nothing to pay: the next scan replaces the number.
    if (result.data.kind === 'CUPON' && result.data.coupon.status !== 'VIGENTE') focusSoon(() => scanRef.current);
  }

  function paid(receipt: Receipt) {
    setShown({ receipt, fresh: true });
    setFound(null);
  }

  async function showReceipt(number: string) {
    const result = await call('cash.receipt', { number });
    if (!result.ok) return setScanError(result.error.message);
    setFound(null);
    setShown({ receipt: result.data, fresh: false });
  }

  async function askVoid(number: string) {
    const result = await call('cash.receipt', { number });
    if (!result.ok) return setScanError(result.error.message);
    setVoiding(result.data);
  }

  function next() {
    setTyped('');
    setScanError(null);
    focusSoon(() => scanRef.current);
  }

  const open = collecting(session.current?.session);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1320 }}>
      <SessionBar
        current={session.current}
        error={session.error}
        onOpened={(s) => {
          session.replace(s);
          focusSoon(() => scanRef.current);
        }}
        onGoToClose={navigate && (() => navigate('cashClose'))}
        activation={activation}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1.55fr) minmax(0, 1fr)' }, gap: 1.25 }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, minWidth: 0 }}>
          <Panel title="Pago de cupón">
            <CouponScanField
              value={typed}
              onChange={(v) => {
                setTyped(v);
                setScanError(null);
              }}
              onScan={() => void scan()}
              error={scanError}
              loading={loading}
              inputRef={scanRef}
            />
          </Panel>
          {found && (
            <FoundPanel
              found={found}
              round={round}
              deskClosed={!open && session.current !== null}
              onPaid={paid}
              onShowReceipt={(number) => void showReceipt(number)}
            />
          )}
          {!found && shown && (
            <Panel title={shown.fresh ? 'Pago registrado' : 'Recibo'}>
              <ReceiptResult key={shown.receipt.number} receipt={shown.receipt} setup={setup} fresh={shown.fresh} onNext={next} />
            </Panel>
          )}
        </Box>
        <Panel title="Recibos de la sesión" flush sx={{ maxHeight: 'calc(100vh - 190px)', overflow: 'auto', alignSelf: 'start' }}>
          {receipts.error && <Alert severity="error">{receipts.error}</Alert>}
          <SessionReceipts
            receipts={receipts.receipts}
            onView={(number) => void showReceipt(number)}
            onVoid={(number) => void askVoid(number)}
          />
        </Panel>
      </Box>
      {voiding && (
        <VoidReceiptDialog
          receipt={voiding}
          setup={setup}
          onVoided={(r) => {
            if (shown?.receipt.number === r.number) setShown({ receipt: r, fresh: false });
          }}
          onClose={() => {
            setVoiding(null);
            focusSoon(() => scanRef.current);
          }}
        />
      )}
    </Box>
  );
}
