import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import type { PaymentForm } from '../../../../../db/schema/enums';
import { FormStep, StickyActions } from '../../../components/FormStep';
import { formatMoney } from '../../../format/format';
import { AgreementTermsForm } from '../agreement/AgreementTermsForm';
import { termErrors } from '../agreement/terms-draft';
import { invoiceTotal, observationOf, type InvoiceView, type ProductRow, type SubscriberView } from './invoice-draft';
import { CLEAR_OF_STICKY_BAR, focusSoon, onEnter } from '../../../components/keyboard';
import { PartyStep } from '../../../components/party/PartyPicker';
import { ProductLines } from './ProductLines';
import { SubscriberCodeField } from '../../../components/subscriber/SubscriberCodeField';
import { useInvoiceForm, type InvoiceField } from './use-invoice-form';

interface Props {
  today: string;
  products: readonly ProductRow[] | null;
  onSaved(invoice: InvoiceView): void;
  /** Changes each time the screen is shown: the focus goes back to the form. */
  activation: number;
}

const checkedPaymentForm = (root: HTMLElement | null) =>
  root?.querySelector<HTMLInputElement>('input[name="paymentForm"]:checked');

/**
 * SUSCRIPTOR → FACTURA in the order of seed 001 (steps 5–14), keyboard first: Enter or Tab
 * moves on, Enter on the código opens the subscriber, Enter on the cédula finds the tercero.
 */
export function InvoiceForm({ today, products, onSaved, activation }: Props) {
  const { draft, update, errors, message, busy, save } = useInvoiceForm(today, onSaved);
  const formRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const partyRef = useRef<HTMLInputElement>(null);
  const productRef = useRef<HTMLInputElement>(null);
  const observationRef = useRef<HTMLTextAreaElement>(null);
  const downPaymentRef = useRef<HTMLInputElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const credit = draft.paymentForm === 'CREDITO';
  const total = invoiceTotal(draft.lines);

  const paymentFormInput = () => checkedPaymentForm(formRef.current);
  useEffect(() => {
    focusSoon(() => checkedPaymentForm(formRef.current));
  }, [activation]);

  const targets: Record<InvoiceField, () => HTMLElement | null | undefined> = {
    paymentForm: paymentFormInput,
    subscriberCode: () => codeRef.current,
    partyId: () => partyRef.current,
    lines: () => productRef.current,
    observation: () => observationRef.current,
    agreement: () => downPaymentRef.current,
    downPayment: () => downPaymentRef.current,
    installments: () => formRef.current?.querySelector<HTMLInputElement>('input[name="installments"]'),
    firstDueOn: () => formRef.current?.querySelector<HTMLInputElement>('input[name="firstDueOn"]'),
  };

  async function guardar() {
    const wrong = await save();
    if (wrong) focusSoon(targets[wrong]);
  }

  function opened(subscriber: SubscriberView) {
    // The titular is who usually asks: chosen already, so the focus goes on to the products
    // (the asesor goes back to the cédula when someone else asks).
    update(
      (d) =>
        d.party && !d.partyIsDefault
          ? { subscriber, code: subscriber.code }
          : { subscriber, code: subscriber.code, party: subscriber.owner, partyIsDefault: true },
      'subscriberCode',
      'partyId',
    );
    if (subscriber.status !== 'CANCELADO') focusSoon(() => productRef.current);
  }

  const afterObservation = () => focusSoon(() => (credit ? downPaymentRef.current : saveRef.current));
  const observationEnter = credit ? 'Enter: pasa al acuerdo de pago' : 'Enter: pasa a GUARDAR';

  return (
    <Box
      ref={formRef}
      role="form"
      aria-label="Nueva factura"
      sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, ...CLEAR_OF_STICKY_BAR }}
    >
      <FormStep n={1} title="Forma de pago y suscriptor">
        <Box sx={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', gap: 2.5, alignItems: 'start' }}>
          <RadioGroup
            row
            name="paymentForm"
            aria-label="Forma de pago"
            value={draft.paymentForm}
            onChange={(e) => update({ paymentForm: e.target.value as PaymentForm }, 'paymentForm', 'agreement')}
            onKeyDown={(e) => onEnter(e, () => codeRef.current?.focus())}
          >
            <FormControlLabel value="CONTADO" control={<Radio />} label="CONTADO" />
            <FormControlLabel value="CREDITO" control={<Radio />} label="CRÉDITO" />
          </RadioGroup>
          <SubscriberCodeField
            code={draft.code}
            onCodeChange={(code) => update({ code, subscriber: null }, 'subscriberCode')}
            subscriber={draft.subscriber}
            onOpen={opened}
            error={errors.subscriberCode}
            inputRef={codeRef}
          />
        </Box>
      </FormStep>
      <PartyStep
        n={2}
        party={draft.party}
        ownerId={draft.subscriber?.owner.id}
        error={errors.partyId}
        inputRef={partyRef}
        onChoose={(party) => update({ party, partyIsDefault: false }, 'partyId')}
        next={() => productRef.current}
      />
      <FormStep n={3} title="Productos">
        <ProductLines
          products={products}
          lines={draft.lines}
          onChange={(lines) => update({ lines }, 'lines')}
          error={errors.lines}
          pickerRef={productRef}
          onDone={() => focusSoon(() => observationRef.current)}
        />
      </FormStep>
      <FormStep n={4} title="Observación">
        <TextField
          label="Observación"
          name="observation"
          multiline
          // Fixed rows: an autosizing box measures itself (a forced layout) each time the screen opens.
          rows={3}
          value={observationOf(draft)}
          onChange={(e) => update({ observation: e.target.value }, 'observation')}
          onKeyDown={(e) => onEnter(e, afterObservation)}
          inputRef={observationRef}
          error={Boolean(errors.observation)}
          helperText={
            errors.observation ??
            `Código, ruta y concepto se completan solos; puede editarla. ${observationEnter}; Mayús+Enter: nueva línea.`
          }
        />
      </FormStep>
      {credit && (
        <FormStep n={5} title="Acuerdo de pago (crédito)">
          {errors.agreement && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {errors.agreement}
            </Alert>
          )}
          <AgreementTermsForm
            debt={total}
            draft={draft.terms}
            onChange={(terms) => update({ terms }, 'agreement', 'downPayment', 'installments', 'firstDueOn')}
            errors={termErrors(errors)}
            firstRef={downPaymentRef}
            onDone={() => focusSoon(() => saveRef.current)}
          />
        </FormStep>
      )}
      {message && (
        <Alert severity="error" role="alert">
          {message}
        </Alert>
      )}
      <StickyActions>
        <Typography sx={{ fontSize: '1.1rem' }}>
          Total: <strong>{formatMoney(total)}</strong>
        </Typography>
        <Button
          ref={saveRef}
          variant="contained"
          size="medium"
          startIcon={<SaveIcon />}
          onClick={() => void guardar()}
          disabled={busy}
        >
          {busy ? 'GUARDANDO…' : 'GUARDAR'}
        </Button>
      </StickyActions>
    </Box>
  );
}
