import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import { useEffect, useRef } from 'react';
import { ConfirmDialog } from '../ConfirmDialog';
import { Panel } from '../Panel';
import type { PartyRow } from '../party/party-draft';
import { formatMoney } from '../../format/format';
import { focusSoon, onEnter } from '../keyboard';
import { amountText, type CouponView, type OwedView } from './abono-draft';
import { OwedSubscriber } from './OwedSubscriber';
import { OwedTable } from './OwedTable';
import { RequesterField } from './RequesterField';
import { useAbonoForm, type AbonoField } from './use-abono-form';

interface Props {
  owed: OwedView;
  party: PartyRow | null;
  onIssued(coupon: CouponView): void;
}

/** What a confirmation says before the coupon exists: how much, for whom, over what. */
function confirmation(owed: OwedView, input: { chargeIds: number[]; amount?: number }, total: number): string {
  const amount = input.amount ?? total;
  const debts = input.chargeIds.length === 1 ? '1 deuda' : `${input.chargeIds.length} deudas`;
  const kind = input.amount === undefined ? `el total de ${debts}` : `un abono sobre ${debts} (total ${formatMoney(total)})`;
  return `Se generará un cupón de pago por ${formatMoney(amount)} para el suscriptor ${owed.subscriber.code} (${owed.subscriber.ownerName}): ${kind}.`;
}

/**
 * The ABONO form (seed 001 steps 21–22): debts all chosen, the amount ready; Enter on the
 * amount is GENERAR, and OK (Enter again) makes the coupon.
 */
export function AbonoFields({ owed, party, onIssued }: Props) {
  const form = useAbonoForm(owed.subscriber.code, owed.items, party, onIssued);
  const amountRef = useRef<HTMLInputElement>(null);
  const partyRef = useRef<HTMLInputElement>(null);
  const generateRef = useRef<HTMLButtonElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);

  useEffect(() => focusSoon(() => amountRef.current), []);

  const targets: Record<AbonoField, () => HTMLElement | null | undefined> = {
    chargeIds: () => tableRef.current?.querySelector<HTMLInputElement>('input[type="checkbox"]'),
    amount: () => amountRef.current,
    partyId: () => partyRef.current,
  };
  const fix = (field: AbonoField | null) => field && focusSoon(targets[field]);

  const amountHelp =
    form.errors.amount ??
    (form.amount !== null && form.amount.trim() !== amountText(form.total)
      ? `Abono: se aplica de la deuda más antigua a la más reciente. Total elegido ${formatMoney(form.total)}.`
      : 'El total de lo elegido; escriba un valor menor para un abono.');

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <OwedSubscriber owed={owed} />
      <Panel title="Lo que debe (de la deuda más antigua a la más reciente)" flush>
        <Box ref={tableRef}>
          {form.errors.chargeIds && (
            <FormHelperText error sx={{ px: 1.5, pt: 0.5 }}>
              {form.errors.chargeIds}
            </FormHelperText>
          )}
          <OwedTable items={owed.items} chosen={form.chosen} onChange={form.choose} total={form.total} />
        </Box>
      </Panel>
      <Panel title="Solicitante (opcional)">
        <RequesterField
          optional
          party={form.party}
          onChange={(chosen) => {
            form.chooseParty(chosen);
            if (chosen) focusSoon(() => generateRef.current);
          }}
          onDone={() => focusSoon(() => generateRef.current)}
          error={form.errors.partyId}
          inputRef={partyRef}
        />
      </Panel>
      {form.message && (
        <Alert severity="error" role="alert">
          {form.message}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', justifyContent: 'flex-end', pb: 1 }}>
        <TextField
          label="Valor a pagar"
          name="amount"
          value={form.amount ?? amountText(form.total)}
          onChange={(e) => form.typeAmount(e.target.value)}
          onFocus={(e) => e.target.select()}
          onKeyDown={(e) => onEnter(e, () => fix(form.generate()))}
          inputRef={amountRef}
          error={Boolean(form.errors.amount)}
          helperText={amountHelp}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric', style: { textAlign: 'right', fontSize: '1.1rem', fontWeight: 700 } } }}
          sx={{ width: 360 }}
        />
        <Button
          ref={generateRef}
          variant="contained"
          startIcon={<ReceiptLongIcon />}
          onClick={() => fix(form.generate())}
          disabled={form.busy}
          sx={{ height: 37 }}
        >
          {form.busy ? 'GENERANDO…' : 'GENERAR'}
        </Button>
      </Box>
      <ConfirmDialog
        open={form.confirming !== null}
        title="¿Generar el cupón de pago?"
        message={form.confirming ? confirmation(owed, form.confirming, form.total) : ''}
        confirmLabel="OK"
        busy={form.busy}
        onConfirm={() => void form.confirm().then(fix)}
        onCancel={form.cancel}
      />
    </Box>
  );
}
