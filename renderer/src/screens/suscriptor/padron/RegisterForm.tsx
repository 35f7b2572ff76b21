import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useRef, type RefObject } from 'react';
import { registerInput } from '../../../../../electron/core/contract/padron.contract';
import { call, type Input, type Output } from '../../../api';
import type { PadronOptions } from '../../../api/padron';
import { FormStep, StickyActions } from '../../../components/FormStep';
import { CLEAR_OF_STICKY_BAR, focusSoon } from '../../../components/keyboard';
import { ChosenParty, PartyChoice } from '../../../components/party/PartyPicker';
import type { PartyRow } from '../../../components/party/party-draft';
import { useDraftForm } from '../../../components/use-draft-form';
import { enterMovesOn, fieldNamed } from './field-focus';
import { FieldText } from './FieldText';
import { emptyPremises, placeErrors, premisesInput, PREMISES_FIELDS, type PremisesDraft } from './premises-draft';
import { PremisesFields, ServicesFields } from './PremisesFields';

export type Registered = Output<'padron.register'>;

type RegisterDraft = PremisesDraft & { code: string; owner: PartyRow | null };
const FIELDS = ['code', ...PREMISES_FIELDS, 'ownerPartyId'] as const;
type Field = (typeof FIELDS)[number];

interface Props {
  options: PadronOptions;
  onSaved(subscriber: Registered): void;
  codeRef: RefObject<HTMLInputElement | null>;
}

/**
 * Alta de suscriptor (matrícula): código, predio, servicios and meter, and the titular found by
 * cédula or added on the spot with "+". GUARDAR sends once (one request key per form).
 */
export function RegisterForm({ options, onSaved, codeRef }: Props) {
  const formRef = useRef<HTMLDivElement>(null);
  const partyRef = useRef<HTMLInputElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const { draft, update, errors, message, busy, save } = useDraftForm<RegisterDraft, Input<'padron.register'>, Registered, Field>(
    () => ({ code: '', owner: null, ...emptyPremises() }), {
    fields: FIELDS,
    schema: registerInput,
    inputOf: (d, requestKey) => ({
      requestKey,
      code: d.code.trim(),
      ownerPartyId: d.owner?.id ?? Number.NaN,
      ...premisesInput(d),
    }),
    place: placeErrors,
    send: (input) => call('padron.register', input),
    onSaved,
  });
  const change = (patch: Partial<RegisterDraft>, ...changed: Field[]) => update(patch, ...changed);

  async function guardar() {
    const wrong = await save();
    if (wrong) focusSoon(() => (wrong === 'ownerPartyId' ? partyRef.current : fieldNamed(formRef.current, wrong)));
  }

  const fieldProps = { draft, update: change, errors, options };
  return (
    <Box
      ref={formRef}
      role="form"
      aria-label="Alta de suscriptor"
      sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, ...CLEAR_OF_STICKY_BAR }}
    >
      <Box onKeyDown={(e) => enterMovesOn(e, () => partyRef.current)} sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
        <FormStep n={1} title="Matrícula">
          <FieldText
            label="Código del suscriptor"
            name="code"
            value={draft.code}
            onChange={(code) => change({ code }, 'code')}
            inputRef={codeRef}
            error={errors.code}
            help={`${options.codeDigits} dígitos; no se repite ni se reutiliza.`}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 12 } }}
            sx={{ width: 320 }}
          />
        </FormStep>
        <FormStep n={2} title="Predio">
          <PremisesFields {...fieldProps} />
        </FormStep>
        <FormStep n={3} title="Servicios y medidor">
          <ServicesFields {...fieldProps} />
        </FormStep>
      </Box>
      <FormStep n={4} title="Titular" action={<ChosenParty party={draft.owner} error={Boolean(errors.ownerPartyId)} />}>
        <PartyChoice
          party={draft.owner}
          onChoose={(owner) => change({ owner }, 'ownerPartyId')}
          next={() => saveRef.current}
          error={errors.ownerPartyId}
          inputRef={partyRef}
        />
      </FormStep>
      {message && (
        <Alert severity="error" role="alert">
          {message}
        </Alert>
      )}
      <StickyActions>
        <Button ref={saveRef} variant="contained" startIcon={<SaveIcon />} onClick={() => void guardar()} disabled={busy}>
          {busy ? 'GUARDANDO…' : 'GUARDAR'}
        </Button>
      </StickyActions>
    </Box>
  );
}
