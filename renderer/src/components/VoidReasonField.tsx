import TextField from '@mui/material/TextField';
import type { KeyboardEvent } from 'react';

interface Props {
  value: string;
  onChange(value: string): void;
  /** The core's message for the reason, shown instead of the hint. */
  error?: string;
  onKeyDown?(event: KeyboardEvent): void;
}

/** "Motivo de la anulación": the reason a void asks for (at least 10 characters), focused first. */
export function VoidReasonField({ value, onChange, error, onKeyDown }: Props) {
  return (
    <TextField
      label="Motivo de la anulación"
      name="reason"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error)}
      helperText={error ?? 'Al menos 10 caracteres.'}
      onKeyDown={onKeyDown}
      multiline
      minRows={2}
      autoFocus
    />
  );
}
