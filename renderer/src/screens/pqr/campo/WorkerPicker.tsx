import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { RefObject } from 'react';
import type { FieldWorkerRow } from './use-field-work';

interface Props {
  workers: readonly FieldWorkerRow[] | null;
  value: FieldWorkerRow | null;
  onChange(worker: FieldWorkerRow | null): void;
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

const label = (w: FieldWorkerRow) => `${w.name} · ${w.kind}`;
const filter = createFilterOptions<FieldWorkerRow>({ stringify: (w) => `${w.name} ${w.documentNumber} ${w.kind}` });

/** The active field workers by name, cédula or kind, with their open orders; Enter picks. */
export function WorkerPicker({ workers, value, onChange, error, inputRef }: Props) {
  return (
    <Autocomplete
      options={workers ?? []}
      loading={workers === null}
      value={value}
      onChange={(_, worker) => onChange(worker)}
      getOptionLabel={label}
      filterOptions={filter}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      autoHighlight
      openOnFocus
      noOptionsText="Ningún contratista coincide"
      loadingText="Cargando contratistas…"
      renderOption={({ key, ...props }, w) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1 }}>
          <Box component="span" sx={{ flex: 1 }}>
            {w.name}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
            {w.kind} · {w.openOrders === 1 ? '1 orden abierta' : `${w.openOrders} órdenes abiertas`}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Contratista"
          inputRef={inputRef}
          error={Boolean(error)}
          helperText={error ?? 'Nombre, cédula o tipo; Enter elige.'}
        />
      )}
    />
  );
}
