import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { RefObject } from 'react';
import type { StatementCapacity } from '../../../../../db/schema/enums';
import type { FieldErrors } from '../../../components/form-errors';
import type { PartyRow } from '../../../components/party/party-draft';
import { focusSoon, onEnter } from '../../../components/keyboard';
import { RequesterField } from '../../../components/abono/RequesterField';
import { useFocusAfterRender } from '../../../components/use-focus-after-render';
import { CAPACITY_LABELS, capacityFor, type StatementDraft } from './statement-draft';

interface Props {
  draft: StatementDraft;
  onChange(patch: Partial<StatementDraft>, ...fields: string[]): void;
  ownerId: number;
  errors: FieldErrors;
  partyRef: RefObject<HTMLInputElement | null>;
  noteRef: RefObject<HTMLInputElement | null>;
  /** Enter on the last field: GENERAR. */
  onDone(): void;
}

const checkedCapacity = () => document.querySelector<HTMLInputElement>('input[name="capacity"]:checked');

/** Seed 004 step 1: who asks (the titular, or someone with a carta poder, which is recorded). */
export function StatementRequestForm({ draft, onChange, ownerId, errors, partyRef, noteRef, onDone }: Props) {
  const carta = draft.capacity === 'CARTA_PODER';
  const focusAfter = useFocusAfterRender();
  const next = (capacity: StatementCapacity) => (capacity === 'CARTA_PODER' ? focusSoon(() => noteRef.current) : onDone());

  function choose(party: PartyRow) {
    const capacity = capacityFor(party, ownerId);
    onChange({ party, capacity }, 'partyId', 'capacity');
    focusAfter(() => (capacity === 'CARTA_PODER' ? noteRef.current : checkedCapacity()));
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <Typography variant="subtitle2">Solicitante</Typography>
      <RequesterField
        party={draft.party}
        ownerId={ownerId}
        onChange={(party) => party && choose(party)}
        onDone={() => focusSoon(checkedCapacity)}
        error={errors.partyId}
        inputRef={partyRef}
      />
      <Typography variant="subtitle2">Calidad en que lo pide</Typography>
      <RadioGroup
        row
        name="capacity"
        aria-label="Calidad del solicitante"
        value={draft.capacity}
        onChange={(e) => onChange({ capacity: e.target.value as StatementCapacity }, 'capacity', 'powerNote')}
        onKeyDown={(e) => onEnter(e, () => next(draft.capacity))}
      >
        {(['TITULAR', 'CARTA_PODER'] as const).map((c) => (
          <FormControlLabel key={c} value={c} control={<Radio />} label={CAPACITY_LABELS[c]} />
        ))}
      </RadioGroup>
      {errors.capacity && <FormHelperText error>{errors.capacity}</FormHelperText>}
      {carta && (
        <TextField
          label="Carta poder presentada"
          name="powerNote"
          value={draft.powerNote}
          onChange={(e) => onChange({ powerNote: e.target.value }, 'powerNote')}
          onKeyDown={(e) => onEnter(e, onDone)}
          inputRef={noteRef}
          error={Boolean(errors.powerNote)}
          helperText={errors.powerNote ?? 'Fecha, quién la otorga y a quién (ej.: del 20/11/2026, otorgada por el titular).'}
          autoComplete="off"
        />
      )}
    </Box>
  );
}
