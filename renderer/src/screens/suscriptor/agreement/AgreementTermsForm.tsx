import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, type Ref } from 'react';
import { formatMoney } from '../../../format/format';
import { onEnter } from '../../../components/keyboard';
import { ScheduleTable } from './ScheduleTable';
import type { TermField, TermsDraft } from './terms-draft';
import { useSchedulePreview } from './use-schedule-preview';

interface Props {
  /** What is financed from: the factura's total or the subscriber's debt. */
  debt: number;
  draft: TermsDraft;
  onChange(draft: TermsDraft): void;
  /** Messages from GUARDAR (the schema or the core), by field. */
  errors: Partial<Record<TermField, string>>;
  firstRef?: Ref<HTMLInputElement>;
  /** Enter on the last field. */
  onDone?(): void;
}

/**
 * Cuota inicial, número de cuotas and primera cuota, with the schedule the core computes for
 * them shown live, before GUARDAR. Shared by CRÉDITO in FACTURA and the arreglo de deuda.
 */
export function AgreementTermsForm({ debt, draft, onChange, errors, firstRef, onDone }: Props) {
  const { preview, errors: live, message, loading } = useSchedulePreview(debt, draft);
  const installmentsRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const set = (field: TermField, value: string) => onChange({ ...draft, [field]: value });

  // An empty down payment is asked as 0: the core's answer is the minimum, a hint rather than a fault.
  const downPaymentHint = draft.downPayment.trim() === '' && !errors.downPayment ? live.downPayment : undefined;
  const shown = (field: TermField) => errors[field] ?? (field === 'downPayment' && downPaymentHint ? undefined : live[field]);
  const helper = (field: TermField, fallback: string) => shown(field) ?? fallback;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 220px))', gap: 1.5 }}>
        <TextField
          label="Cuota inicial"
          name="downPayment"
          value={draft.downPayment}
          onChange={(e) => set('downPayment', e.target.value)}
          onKeyDown={(e) => onEnter(e, () => installmentsRef.current?.focus())}
          inputRef={firstRef}
          error={Boolean(shown('downPayment'))}
          helperText={helper(
            'downPayment',
            downPaymentHint ?? (preview ? `Mínima: ${formatMoney(preview.minDownPayment)}` : 'En pesos, sin decimales'),
          )}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <TextField
          label="Número de cuotas"
          name="installments"
          value={draft.installments}
          onChange={(e) => set('installments', e.target.value)}
          onKeyDown={(e) => onEnter(e, () => dateRef.current?.focus())}
          inputRef={installmentsRef}
          error={Boolean(shown('installments'))}
          helperText={helper('installments', 'Cuotas mensuales')}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <TextField
          label="Fecha de la primera cuota"
          name="firstDueOn"
          type="date"
          value={draft.firstDueOn}
          onChange={(e) => set('firstDueOn', e.target.value)}
          onKeyDown={(e) => onEnter(e, () => onDone?.())}
          inputRef={dateRef}
          error={Boolean(shown('firstDueOn'))}
          helperText={helper('firstDueOn', 'Las demás, cada mes')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
      {message && <Alert severity="error">{message}</Alert>}
      <Box sx={{ position: 'relative', minHeight: 4 }}>
        {loading && (
          <LinearProgress aria-label="Calculando el plan de pagos" sx={{ position: 'absolute', inset: 0, height: 2 }} />
        )}
      </Box>
      {preview ? (
        <Box sx={{ opacity: loading ? 0.55 : 1 }}>
          <ScheduleTable plan={preview} />
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {debt > 0
            ? 'El plan de pagos aparece aquí cuando los términos son válidos.'
            : 'El plan de pagos aparece aquí cuando hay un valor que financiar.'}
        </Typography>
      )}
    </Box>
  );
}
