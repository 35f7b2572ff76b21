import FactCheckIcon from '@mui/icons-material/FactCheck';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { CloseReport } from '../../documents';
import { formatCurrency, type Currency } from '../../format/format';
import { checkCount, type CountDraft } from './count-draft';
import { CountGrid, quantityName } from './CountGrid';
import { focusSoon } from './keyboard';

interface Props {
  denominations: readonly number[];
  currency: Currency;
  onCounted(report: CloseReport): void;
  activation: number;
}

/** The blind count, then "Registrar arqueo" (confirmed: it cannot be redone). */
export function CountStep({ denominations, currency, onCounted, activation }: Props) {
  const [draft, setDraft] = useState<CountDraft>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const registerRef = useRef<HTMLButtonElement>(null);
  const check = checkCount(denominations, draft);

  useEffect(() => {
    const first = denominations[0];
    if (first !== undefined) focusSoon(() => tableRef.current?.querySelector<HTMLElement>(`[name="${quantityName(first)}"]`));
  }, [denominations, activation]);

  function ask() {
    const wrong = denominations.find((d) => check.errors[d] !== undefined);
    if (wrong !== undefined) {
      setMessage('Corrija las cantidades marcadas: deben ser números enteros, cero o más.');
      return focusSoon(() => tableRef.current?.querySelector<HTMLElement>(`[name="${quantityName(wrong)}"]`));
    }
    setMessage(null);
    setConfirming(true);
  }

  async function declare() {
    if (busy) return;
    setBusy(true);
    const result = await call('cash.declareCount', { count: check.count });
    setBusy(false);
    setConfirming(false);
    if (result.ok) return onCounted(result.data);
    setMessage(result.error.message);
    registerRef.current?.focus();
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Alert severity="info" role="note">
        Cuente el efectivo de la caja (incluida la base) y escriba cuántos billetes y monedas hay de cada denominación. El valor
        que espera el sistema se muestra después de registrar el arqueo.
      </Alert>
      <CountGrid
        denominations={denominations}
        currency={currency}
        draft={draft}
        onChange={(d) => {
          setDraft(d);
          setMessage(null);
        }}
        onDone={() => registerRef.current?.focus()}
        tableRef={tableRef}
      />
      {message && (
        <Alert severity="error" role="alert">
          {message}
        </Alert>
      )}
      <Box>
        <Button ref={registerRef} variant="contained" startIcon={<FactCheckIcon />} onClick={ask} disabled={busy}>
          REGISTRAR ARQUEO
        </Button>
      </Box>
      <ConfirmDialog
        open={confirming}
        title="Registrar arqueo"
        message={`Se registra un conteo de ${formatCurrency(check.total, currency)} en efectivo. El arqueo no se puede repetir y la caja no recibe más pagos hasta el corte.`}
        confirmLabel="REGISTRAR"
        busy={busy}
        onConfirm={() => void declare()}
        onCancel={() => {
          setConfirming(false);
          registerRef.current?.focus();
        }}
      />
    </Box>
  );
}
