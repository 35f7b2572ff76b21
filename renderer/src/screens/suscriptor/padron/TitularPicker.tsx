import type { RefObject } from 'react';
import { focusSoon } from '../../../components/keyboard';
import { PartyPicker } from '../../../components/party/PartyPicker';
import type { PartyRow } from '../../../components/party/party-draft';

interface Props {
  party: PartyRow | null;
  onChoose(party: PartyRow): void;
  /** Where the focus goes once the titular is settled. */
  next(): HTMLElement | null | undefined;
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The titular by cédula, or added on the spot with "+"; then the form goes on. */
export function TitularPicker({ party, onChoose, next, error, inputRef }: Props) {
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
