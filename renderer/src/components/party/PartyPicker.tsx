import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { FormStep } from '../FormStep';
import { focusSoon } from '../keyboard';
import { PartyLookup } from './PartyLookup';
import type { PartyRow } from './party-draft';

/** The tercero chosen so far, in one line (it fits a panel's title bar). */
export function ChosenParty({ party, ownerId, error }: { party: PartyRow | null; ownerId?: number; error?: boolean }) {
  return (
    <Box
      role="status"
      aria-label="Tercero elegido"
      sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0, color: error ? 'error.main' : undefined }}
    >
      {party ? (
        <>
          <Typography component="span" sx={{ fontWeight: 700, fontSize: '0.85rem' }} noWrap>
            {party.fullName}
          </Typography>
          <Typography component="span" variant="body2" color="text.secondary" noWrap>
            {party.documentType} {party.documentNumber}
            {party.mobile ? ` · Cel. ${party.mobile}` : ''}
          </Typography>
          {party.id === ownerId && <Chip label="Titular" color="primary" variant="outlined" sx={{ height: 20 }} />}
        </>
      ) : (
        <Typography component="span" variant="body2" sx={{ color: 'inherit' }}>
          Ningún tercero elegido
        </Typography>
      )}
    </Box>
  );
}

interface Props {
  party: PartyRow | null;
  onChange(party: PartyRow): void;
  /** Enter on the empty cédula field once a tercero is chosen: go on to the next field. */
  onDone(): void;
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * Who makes the request: the lookup by cédula (with its "+") to pick a tercero. A search that
 * finds exactly one selects it; Enter with nothing typed keeps the one already chosen.
 */
export function PartyPicker({ party, onChange, onDone, error, inputRef }: Props) {
  // A fresh lookup after each choice: the list of matches has done its job.
  const [round, setRound] = useState(0);

  function select(chosen: PartyRow) {
    onChange(chosen);
    setRound((n) => n + 1);
  }

  function keyDown(event: KeyboardEvent) {
    const typed = inputRef.current?.value.trim() ?? '';
    if (event.key === 'Enter' && event.target === inputRef.current && typed === '' && party) {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    }
  }

  return (
    <Box onKeyDownCapture={keyDown} sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      <PartyLookup key={round} onSelect={select} inputRef={inputRef} selectSingle />
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}

interface ChoiceProps {
  party: PartyRow | null;
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
  /** A tercero chosen by hand (no longer the titular by default). */
  onChoose(party: PartyRow): void;
  /** Where the form goes once the tercero is settled. */
  next(): HTMLElement | null | undefined;
}

/** A tercero by cédula, or added on the spot with "+"; once settled, the form goes on to `next`. */
export function PartyChoice({ party, error, inputRef, onChoose, next }: ChoiceProps) {
  return (
    <PartyPicker
      party={party}
      onChange={(chosen) => {
        onChoose(chosen);
        focusSoon(next);
      }}
      onDone={() => focusSoon(next)}
      error={error}
      inputRef={inputRef}
    />
  );
}

interface StepProps extends ChoiceProps {
  n: number;
  /** The subscriber's titular, marked as such. */
  ownerId?: number;
}

/** Seeds 001 step 7, 002 step 6: the form's step "Tercero que hace la solicitud". */
export function PartyStep({ n, party, ownerId, error, inputRef, onChoose, next }: StepProps) {
  return (
    <FormStep
      n={n}
      title="Tercero que hace la solicitud"
      action={<ChosenParty party={party} ownerId={ownerId} error={Boolean(error)} />}
    >
      <PartyChoice party={party} error={error} inputRef={inputRef} onChoose={onChoose} next={next} />
    </FormStep>
  );
}
