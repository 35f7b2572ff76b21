import LockIcon from '@mui/icons-material/Lock';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { cashContract } from '../../../../electron/core/contract/cash.contract';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useForm } from '../../components/use-form';
import { differenceLabel, type CloseReport } from '../../documents';
import { formatCurrency } from '../../format/format';
import { onEnter } from '../../components/keyboard';

const closeInput = cashContract['cash.close'].input;

const COLORS = { FALTANTE: 'error.main', SOBRANTE: 'warning.dark', 'SIN DIFERENCIA': 'success.dark' } as const;

const receiptsLabel = (n: number) => `${n} ${n === 1 ? 'recibo' : 'recibos'}`;

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Box sx={{ flex: 1, minWidth: 180, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography aria-label={label} sx={{ fontSize: '1.8rem', fontWeight: 700, lineHeight: 1.15, color }}>
        {value}
      </Typography>
    </Box>
  );
}

/** After the count: expected and counted side by side, the over/short, its note, CERRAR CAJA. */
export function RevealStep({ report, onClosed }: { report: CloseReport; onClosed(report: CloseReport): void }) {
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { errors, message, busy, submit } = useForm(closeInput, ['note']);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const money = (n: number) => formatCurrency(n, report.currency);
  const label = differenceLabel(report.difference);

  useEffect(() => noteRef.current?.focus(), []);

  async function close() {
    const value = { note };
    const done = await submit(value, () => call('cash.close', value));
    setConfirming(false);
    if (done) onClosed(done);
    else noteRef.current?.focus();
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box role="group" aria-label="Resultado del arqueo" sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Figure label="Efectivo contado" value={money(report.countedCash)} />
        <Figure label="Efectivo esperado" value={money(report.expectedCash)} />
        <Figure label={label} value={money(Math.abs(report.difference))} color={COLORS[label]} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        Esperado = base {money(report.session.openingFloat)} + efectivo recaudado (sin anulados). Recaudo neto de la sesión, todos
        los medios: {money(report.netCollected)} en {receiptsLabel(report.receipts.filter((r) => !r.voided).length)}.
      </Typography>
      {message && (
        <Alert severity="error" role="alert">
          {message}
        </Alert>
      )}
      <TextField
        label="Observación"
        name="note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={Boolean(errors.note)}
        helperText={errors.note ?? (report.difference === 0 ? 'Opcional.' : `Obligatoria: explique el ${label.toLowerCase()}.`)}
        inputRef={noteRef}
        onKeyDown={(e) => onEnter(e, () => closeRef.current?.focus())}
        multiline
        minRows={2}
      />
      <Box>
        <Button
          ref={closeRef}
          variant="contained"
          color="secondary"
          startIcon={<LockIcon />}
          onClick={() => setConfirming(true)}
          disabled={busy}
        >
          CERRAR CAJA
        </Button>
      </Box>
      <ConfirmDialog
        open={confirming}
        title="Cerrar caja"
        message="El corte de caja queda numerado y la sesión cerrada: no se podrá cambiar nada de ella."
        confirmLabel="CERRAR CAJA"
        busy={busy}
        onConfirm={() => void close()}
        onCancel={() => setConfirming(false)}
      />
    </Box>
  );
}
