import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { PartyLookup } from '../../../components/party/PartyLookup';
import type { PartyRow } from '../../../components/party/party-draft';

interface Props {
  party: PartyRow | null;
  /** The subscriber's titular, marked as such when chosen. */
  ownerId?: number;
  onChange(party: PartyRow): void;
  /** Enter on the empty cédula field once a tercero is chosen: go on to the next field. */
  onDone(): void;
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * Who makes the request: the chosen tercero, and the lookup by cédula (with its "+") to pick
 * another. A search that finds exactly one selects it.
 */
export function PartyPicker({ party, ownerId, onChange, onDone, error, inputRef }: Props) {
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
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Paper
        variant="outlined"
        aria-label="Tercero elegido"
        role="status"
        sx={{ px: 1.5, py: 0.75, display: 'flex', alignItems: 'center', gap: 1.5, borderColor: error ? 'error.main' : 'divider' }}
      >
        {party ? (
          <>
            <Typography sx={{ fontWeight: 600 }}>{party.fullName}</Typography>
            <Typography variant="body2" color="text.secondary">
              {party.documentType} {party.documentNumber}
              {party.mobile ? ` · Cel. ${party.mobile}` : ''}
            </Typography>
            {party.id === ownerId && <Chip label="Titular" color="primary" variant="outlined" />}
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            Ningún tercero elegido: escriba la cédula y presione Enter, o agréguelo con +.
          </Typography>
        )}
      </Paper>
      {error && <FormHelperText error>{error}</FormHelperText>}
      <Box onKeyDownCapture={keyDown}>
        <PartyLookup key={round} onSelect={select} inputRef={inputRef} selectSingle />
      </Box>
    </Box>
  );
}
