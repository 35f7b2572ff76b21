import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { PartyLookup } from '../party/PartyLookup';
import type { PartyRow } from '../party/party-draft';

interface Props {
  party: PartyRow | null;
  /** The subscriber's titular, marked as such when chosen. */
  ownerId?: number;
  /** The solicitante may be left out (a coupon); otherwise one is required (an estado de cuenta). */
  optional?: boolean;
  onChange(party: PartyRow | null): void;
  /** Enter on the empty cédula field: nothing more to look up, go on. */
  onDone(): void;
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * Who asks: the one chosen, and the lookup by cédula with its "+" to choose another. A search
 * that finds exactly one chooses it; Enter with nothing typed goes on.
 */
export function RequesterField({ party, ownerId, optional = false, onChange, onDone, error, inputRef }: Props) {
  // A fresh lookup after each choice: its list of matches has done its job.
  const [round, setRound] = useState(0);

  function keyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && event.target === inputRef.current && inputRef.current?.value.trim() === '') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    }
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Paper
        variant="outlined"
        role="status"
        aria-label="Solicitante elegido"
        sx={{ px: 1.5, py: 0.5, display: 'flex', alignItems: 'center', gap: 1.5, minHeight: 36 }}
      >
        {party ? (
          <>
            <Typography sx={{ fontWeight: 600 }}>{party.fullName}</Typography>
            <Typography variant="body2" color="text.secondary">
              {party.documentType} {party.documentNumber}
            </Typography>
            {party.id === ownerId && <Chip label="Titular" color="primary" variant="outlined" />}
            {optional && (
              <Button size="small" onClick={() => onChange(null)} sx={{ ml: 'auto' }}>
                Quitar
              </Button>
            )}
          </>
        ) : (
          <Typography variant="body2" color={error ? 'error' : 'text.secondary'}>
            {optional
              ? 'Sin solicitante registrado (opcional): el usuario firma la copia de soporte a mano.'
              : 'Ningún solicitante elegido: escriba la cédula y presione Enter, o agréguelo con +.'}
          </Typography>
        )}
      </Paper>
      {error && <FormHelperText error>{error}</FormHelperText>}
      <Box onKeyDownCapture={keyDown}>
        <PartyLookup
          key={round}
          onSelect={(chosen) => {
            onChange(chosen);
            setRound((n) => n + 1);
          }}
          inputRef={inputRef}
          selectSingle
        />
      </Box>
    </Box>
  );
}
