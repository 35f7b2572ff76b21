import TextField from '@mui/material/TextField';
import { useState } from 'react';

/** Radicado + Enter: the counter's way to open a trámite from its paper. */
export function FilingSearch({ onSearch, error }: { onSearch(filingNumber: string): void; error: string | null }) {
  const [value, setValue] = useState('');
  return (
    <TextField
      size="small"
      label="Radicado"
      name="filingNumber"
      placeholder="RAD-2026-000123"
      value={value}
      onChange={(e) => setValue(e.target.value.toUpperCase())}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && value.trim()) onSearch(value.trim());
      }}
      error={Boolean(error)}
      helperText={error ?? 'Escriba el radicado y Enter'}
      sx={{ width: 260 }}
    />
  );
}
