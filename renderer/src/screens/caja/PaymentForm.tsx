import PaymentsIcon from '@mui/icons-material/Payments';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { formatMoney } from '../../format/format';
import { focusSoon } from './keyboard';
import { cashChange, firstTenders, tenderName, tendersSum, type TenderDraft } from './tender-draft';
import { TenderLines } from './TenderLines';
import { useCollect, type Payable, type Receipt } from './use-collect';

interface Props {
  /** A VIGENTE coupon or a factura that owes; the form is made anew for each one loaded. */
  payable: Payable;
  onPaid(receipt: Receipt): void;
}

/** How the user pays the coupon or factura, the change to give, and REGISTRAR. */
export function PaymentForm({ payable, onPaid }: Props) {
  const [lines, setLines] = useState<TenderDraft[]>(() => firstTenders(payable.total));
  const { errors, message, busy, register, forget } = useCollect(payable, onPaid);
  const boxRef = useRef<HTMLDivElement>(null);
  const registerRef = useRef<HTMLButtonElement>(null);
  const sum = tendersSum(lines);
  const change = cashChange(lines);

  // The amount is the coupon's or the factura's: the cashier types what was handed over.
  useEffect(() => {
    focusSoon(() => boxRef.current?.querySelector<HTMLElement>(`[name="${tenderName(0, 'tendered')}"]`));
  }, []);

  async function registrar() {
    const wrong = await register(lines);
    if (wrong) focusSoon(() => boxRef.current?.querySelector<HTMLElement>(`[name="${wrong}"]`));
    else registerRef.current?.focus();
  }

  return (
    <Box component="section" aria-label="Pago" sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <TenderLines
        lines={lines}
        total={payable.total}
        errors={errors}
        boxRef={boxRef}
        onChange={(next, field) => {
          setLines(next);
          forget(field);
        }}
        onDone={() => registerRef.current?.focus()}
      />
      <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 3, flexWrap: 'wrap' }}>
        <Box aria-label="Suma de los medios de pago" role="status" sx={{ fontSize: '0.85rem' }}>
          Medios de pago: <strong>{formatMoney(sum)}</strong> de {formatMoney(payable.total)}
          {sum !== payable.total && (
            <Typography component="span" color="warning.dark" sx={{ ml: 1, fontWeight: 600, fontSize: 'inherit' }}>
              {sum < payable.total ? `faltan ${formatMoney(payable.total - sum)}` : `sobran ${formatMoney(sum - payable.total)}`}
            </Typography>
          )}
        </Box>
        <Box sx={{ ml: 'auto', textAlign: 'right' }}>
          <Typography variant="caption" color="text.secondary" component="div">
            {change && 'short' in change ? 'Falta en efectivo' : 'Cambio'}
          </Typography>
          <Typography
            aria-label={change && 'short' in change ? 'Falta en efectivo' : 'Cambio'}
            sx={{
              fontSize: '2.6rem',
              fontWeight: 700,
              lineHeight: 1.05,
              color: change && 'short' in change ? 'error.main' : 'success.dark',
            }}
          >
            {formatMoney(change === null ? 0 : 'short' in change ? change.short : change.change)}
          </Typography>
        </Box>
      </Box>
      {errors.tenders && (
        <Alert severity="error" role="alert">
          {errors.tenders}
        </Alert>
      )}
      {message && (
        <Alert severity="error" role="alert">
          {message}
        </Alert>
      )}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button
          ref={registerRef}
          variant="contained"
          color="secondary"
          size="large"
          startIcon={<PaymentsIcon />}
          onClick={() => void registrar()}
          disabled={busy}
          sx={{ minWidth: 220, py: 1.2, fontSize: '1rem' }}
        >
          {busy ? 'REGISTRANDO…' : 'REGISTRAR'}
        </Button>
      </Box>
    </Box>
  );
}
