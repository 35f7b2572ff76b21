import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent } from 'react';
import { cashContract } from '../../../../electron/core/contract/cash.contract';
import { call } from '../../api';
import { useForm } from '../../components/use-form';
import { formatMoney } from '../../format/format';
import { CashPrintButton } from './CashPrintButton';
import { onEnter } from '../../components/keyboard';
import { VoidReasonField } from '../../components/VoidReasonField';
import { focusSoon, refocusIfLost } from './keyboard';
import type { Receipt } from './use-collect';
import type { PrintSetup } from './use-print-setup';

const voidInput = cashContract['cash.voidReceipt'].input;
const FIELDS = ['reason', 'supervisorUsername', 'supervisorPassword'] as const;

interface Props {
  receipt: Receipt;
  setup: PrintSetup;
  onVoided(receipt: Receipt): void;
  onClose(): void;
}

/**
 * Anular a receipt: the cashier writes why, a supervisor approves on this same screen with
 * their own user and password; then the void receipt prints.
 */
export function VoidReceiptDialog({ receipt, setup, onVoided, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [supervisorUsername, setUsername] = useState('');
  const [supervisorPassword, setPassword] = useState('');
  const [voided, setVoided] = useState<Receipt | null>(null);
  const { errors, message, busy, submit } = useForm(voidInput, FIELDS);
  const sending = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const toField = (name: string) => () => focusSoon(() => formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`));

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const value = { receiptNumber: receipt.number, reason, supervisorUsername, supervisorPassword };
    let asked = false;
    const done = await submit(value, () => {
      asked = true;
      return call('cash.voidReceipt', value);
    });
    sending.current = false;
    if (done) {
      setVoided(done);
      onVoided(done);
      return;
    }
    // Once the core has judged them, the supervisor types the password again.
    if (asked) setPassword('');
    const wrong = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (wrong) wrong.focus();
    else if (asked) toField('supervisorPassword')();
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      {voided ? (
        <>
          <DialogTitle>Recibo {voided.number} anulado</DialogTitle>
          <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <Alert severity="success">
              Anulación {voided.void?.number}: el cupón {voided.coupon.number} y sus facturas vuelven a quedar PENDIENTES.
            </Alert>
            <CashPrintButton
              receipt={voided}
              setup={setup}
              type="ANULACION_RECIBO"
              label="IMPRIMIR ANULACIÓN"
              auto
              onPrinted={() => refocusIfLost(closeRef.current)}
            />
          </DialogContent>
          <DialogActions>
            <Button ref={closeRef} onClick={onClose} autoFocus>
              Cerrar
            </Button>
          </DialogActions>
        </>
      ) : (
        <Box component="form" ref={formRef} noValidate onSubmit={confirm} aria-label={`Anular recibo ${receipt.number}`}>
          <DialogTitle>Anular recibo {receipt.number}</DialogTitle>
          <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <DialogContentText>
              El pago de {formatMoney(receipt.total)} del cupón {receipt.coupon.number} ({receipt.coupon.subscriber.code}) se
              reversa: el cupón y sus facturas vuelven a PENDIENTE. Nada se borra; la anulación se imprime y aparece en el corte
              de caja. Un supervisor la aprueba con su usuario y contraseña.
            </DialogContentText>
            {message && (
              <Alert severity="error" role="alert">
                {message}
              </Alert>
            )}
            <VoidReasonField
              value={reason}
              onChange={setReason}
              error={errors.reason}
              onKeyDown={(e) => onEnter(e, toField('supervisorUsername'))}
            />
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
              <TextField
                label="Usuario del supervisor"
                name="supervisorUsername"
                value={supervisorUsername}
                onChange={(e) => setUsername(e.target.value)}
                onKeyDown={(e) => onEnter(e, toField('supervisorPassword'))}
                error={Boolean(errors.supervisorUsername)}
                helperText={errors.supervisorUsername}
                autoComplete="off"
              />
              <TextField
                label="Contraseña del supervisor"
                name="supervisorPassword"
                type="password"
                value={supervisorPassword}
                onChange={(e) => setPassword(e.target.value)}
                error={Boolean(errors.supervisorPassword)}
                helperText={errors.supervisorPassword}
                autoComplete="new-password"
              />
            </Box>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={busy}>
              Cancelar
            </Button>
            <Button type="submit" variant="contained" color="error" disabled={busy}>
              ANULAR
            </Button>
          </DialogActions>
        </Box>
      )}
    </Dialog>
  );
}
