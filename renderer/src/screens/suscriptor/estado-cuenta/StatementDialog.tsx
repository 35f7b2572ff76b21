import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useRef, useState } from 'react';
import { may } from '../../../../../electron/core/contract/may';
import { call, type Output } from '../../../api';
import { useSessionInfo } from '../../../app/session-context';
import { formMessage, serverFieldErrors, type FieldErrors } from '../../../components/form-errors';
import { AbonoForm } from '../../../components/abono/AbonoForm';
import { CouponIssued } from '../../../components/abono/CouponIssued';
import type { CouponView } from '../../../components/abono/abono-draft';
import { focusSoon } from '../../../components/keyboard';
import { STATEMENT_FIELDS, statementRequest, type StatementDraft, type StatementView } from './statement-draft';
import { StatementIssued } from './StatementIssued';
import { StatementRequestForm } from './StatementRequestForm';

interface Props {
  subscriber: Output<'subscribers.view'>;
  onClose(): void;
}

type Step =
  | { kind: 'form' }
  | { kind: 'issued'; statement: StatementView }
  | { kind: 'paying'; statement: StatementView }
  | { kind: 'paid'; coupon: CouponView };

/**
 * Estado de cuenta (seed 004): who asks and in what capacity → GENERAR → IMPRIMIR → "¿Desea
 * pagar?" → the RECAUDO coupon for the same subscriber and solicitante, in the same dialog.
 */
export function StatementDialog({ subscriber, onClose }: Props) {
  const { user } = useSessionInfo();
  const [draft, setDraft] = useState<StatementDraft>({ party: subscriber.owner, capacity: 'TITULAR', powerNote: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [requestKey] = useState(() => crypto.randomUUID());
  const sending = useRef(false);
  const partyRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);

  // Seed 004 step 1: the asesor first checks who asks — their cédula (Enter keeps the titular).
  useEffect(() => focusSoon(() => partyRef.current), []);

  function change(patch: Partial<StatementDraft>, ...fields: string[]) {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([f]) => !fields.includes(f))));
  }

  const focusOn = (field: string | undefined) =>
    field && focusSoon(() => (field === 'powerNote' ? noteRef.current : field === 'partyId' ? partyRef.current : null));

  async function generate() {
    if (sending.current) return;
    setMessage(null);
    const checked = statementRequest(draft, subscriber.code, requestKey);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return focusOn(STATEMENT_FIELDS.find((f) => checked.errors[f]));
    }
    sending.current = true;
    setBusy(true);
    const result = await call('statements.issue', checked.input);
    sending.current = false;
    setBusy(false);
    if (result.ok) return setStep({ kind: 'issued', statement: result.data });
    const found = serverFieldErrors(result.error);
    setErrors(found);
    setMessage(formMessage(result.error, found, STATEMENT_FIELDS));
  }

  return (
    <Dialog open onClose={onClose} maxWidth={step.kind === 'paying' ? 'lg' : 'md'} fullWidth>
      <DialogTitle>
        Estado de cuenta · Suscriptor {subscriber.code} · {subscriber.owner.fullName}
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {step.kind === 'form' && (
          <>
            <StatementRequestForm
              draft={draft}
              onChange={change}
              ownerId={subscriber.owner.id}
              errors={errors}
              partyRef={partyRef}
              noteRef={noteRef}
              onDone={() => void generate()}
            />
            {message && (
              <Alert severity="error" role="alert">
                {message}
              </Alert>
            )}
          </>
        )}
        {step.kind === 'issued' && (
          <StatementIssued
            statement={step.statement}
            onPay={may('coupons.create', user.role) ? () => setStep({ kind: 'paying', statement: step.statement }) : undefined}
          />
        )}
        {step.kind === 'paying' && (
          <AbonoForm
            subscriberCode={subscriber.code}
            party={step.statement.party}
            onIssued={(coupon) => setStep({ kind: 'paid', coupon })}
          />
        )}
        {step.kind === 'paid' && <CouponIssued coupon={step.coupon} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{step.kind === 'form' ? 'Cancelar' : 'Cerrar'}</Button>
        {step.kind === 'form' && (
          <Button variant="contained" onClick={() => void generate()} disabled={busy}>
            {busy ? 'GENERANDO…' : 'GENERAR'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
