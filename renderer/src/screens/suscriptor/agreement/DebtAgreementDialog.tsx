import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { agreementsContract } from '../../../../../electron/core/contract/agreements.contract';
import { call, type Output } from '../../../api';
import { agreementQueries } from '../../../api/agreements';
import { useSessionInfo } from '../../../app/session-context';
import { formMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form-errors';
import type { PartyRow } from '../../../components/party/party-draft';
import { formatDate, formatMoney } from '../../../format/format';
import { focusSoon } from '../../../components/keyboard';
import { ChosenParty, PartyPicker } from '../../../components/party/PartyPicker';
import { PrintButton } from '../../../documents';
import { AgreementTermsForm } from './AgreementTermsForm';
import { emptyTerms, termErrors, termsOf, type TermsDraft } from './terms-draft';

type AgreementView = Output<'agreements.get'>;
const createInput = agreementsContract['agreements.createForDebt'].input;
const FIELDS = ['partyId', 'downPayment', 'installments', 'firstDueOn'];

interface Props {
  subscriber: Output<'subscribers.view'>;
  onClose(): void;
}

/**
 * Arreglo de deuda (seed 001 step 2b): what the subscriber owes, outside earlier agreements'
 * installments, into a new payment agreement, printed for signature. Saved, the subscriber's
 * account on screen is read again by itself.
 */
export function DebtAgreementDialog({ subscriber, onClose }: Props) {
  const { today } = useSessionInfo();
  // The core says how much agreements.createForDebt would take (one rule, in one place).
  const owed = useQuery(agreementQueries.debtOf(subscriber.code));
  const debt = owed.data?.debt ?? null;
  const loadError = debt === null && owed.error ? owed.error.message : null;
  const [party, setParty] = useState<PartyRow | null>(subscriber.owner);
  const [terms, setTerms] = useState<TermsDraft>(() => emptyTerms(today));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<AgreementView | null>(null);
  const [requestKey] = useState(() => crypto.randomUUID());
  const saving = useRef(false);
  const partyRef = useRef<HTMLInputElement>(null);
  const downPaymentRef = useRef<HTMLInputElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  async function save() {
    if (saving.current) return;
    setMessage(null);
    const input = { ...termsOf(terms), requestKey, subscriberCode: subscriber.code, partyId: party?.id ?? Number.NaN };
    const checked = createInput.safeParse(input);
    if (!checked.success) {
      const found = zodFieldErrors(checked.error);
      if (found.partyId) found.partyId = 'Tercero: busque por cédula o agréguelo con +';
      setErrors(found);
      return;
    }
    saving.current = true;
    setBusy(true);
    const result = await call('agreements.createForDebt', input);
    saving.current = false;
    setBusy(false);
    if (result.ok) return setSaved(result.data);
    const found = serverFieldErrors(result.error);
    setErrors(found);
    setMessage(formMessage(result.error, found, FIELDS));
  }

  function changeTerms(next: TermsDraft) {
    setTerms(next);
    setErrors((e) => ({ partyId: e.partyId }));
  }

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>
        Arreglo de deuda · Suscriptor {subscriber.code} · {subscriber.owner.fullName}
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {saved ? (
          <Box role="status" sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <Typography variant="caption" color="text.secondary">
              Acuerdo de pago número
            </Typography>
            <Typography
              aria-label="Número de acuerdo"
              sx={{ fontSize: '2rem', fontWeight: 700, fontFamily: 'monospace', color: 'primary.dark', lineHeight: 1 }}
            >
              {saved.number}
            </Typography>
            <Typography>
              Deuda {formatMoney(saved.debt)}: cuota inicial {formatMoney(saved.downPayment)} y {saved.installments.length} cuotas
              desde el {formatDate(saved.installments[0]?.dueOn ?? '')}.
            </Typography>
            <PrintButton type="ACUERDO" number={saved.number} />
          </Box>
        ) : (
          <>
            {debt === null && !loadError && <LinearProgress aria-label="Calculando la deuda" />}
            {loadError && <Alert severity="error">{loadError}</Alert>}
            {debt !== null && (
              <Typography>
                Deuda a financiar: <strong aria-label="Deuda a financiar">{formatMoney(debt)}</strong>
                {debt <= 0 && ' — el suscriptor no tiene deuda para financiar.'}
              </Typography>
            )}
            <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
              <Typography variant="subtitle2">Tercero que firma el acuerdo:</Typography>
              <ChosenParty party={party} ownerId={subscriber.owner.id} error={Boolean(errors.partyId)} />
            </Box>
            <PartyPicker
              party={party}
              onChange={(p) => {
                setParty(p);
                setErrors(({ partyId: _, ...rest }) => rest);
                focusSoon(() => downPaymentRef.current);
              }}
              onDone={() => focusSoon(() => downPaymentRef.current)}
              error={errors.partyId}
              inputRef={partyRef}
            />
            <Typography variant="subtitle2">Términos</Typography>
            <AgreementTermsForm
              debt={debt ?? 0}
              draft={terms}
              onChange={changeTerms}
              errors={termErrors(errors)}
              firstRef={downPaymentRef}
              onDone={() => focusSoon(() => saveRef.current)}
            />
            {message && (
              <Alert severity="error" role="alert">
                {message}
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{saved ? 'Cerrar' : 'Cancelar'}</Button>
        {!saved && (
          <Button
            ref={saveRef}
            variant="contained"
            startIcon={<SaveIcon />}
            onClick={() => void save()}
            disabled={busy || debt === null || debt <= 0}
          >
            GUARDAR
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
