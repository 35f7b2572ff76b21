import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { formatMoney } from '../../../format/format';
import type { ProductRow } from './invoice-draft';

interface Props {
  products: readonly ProductRow[] | null;
  value: ProductRow | null;
  onChange(product: ProductRow | null): void;
  text: string;
  onTextChange(text: string): void;
  /** Enter with nothing typed: the asesor is done adding products. */
  onDone(): void;
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

const label = (p: ProductRow) => `${p.code} · ${p.name}`;
// Accents and case ignored: "reconexion" finds RECONEXIÓN DEL SERVICIO, "rec" finds it by code too.
const filter = createFilterOptions<ProductRow>({ stringify: label });

/** The catalog by code or name, with today's price; Enter picks the highlighted one. */
export function ProductPicker({ products, value, onChange, text, onTextChange, onDone, error, inputRef }: Props) {
  const [open, setOpen] = useState(false);

  function keyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' && !open && text.trim() === '' && value === null) {
      event.preventDefault();
      (event as KeyboardEvent & { defaultMuiPrevented?: boolean }).defaultMuiPrevented = true;
      onDone();
    }
  }

  return (
    <Autocomplete
      options={products ?? []}
      loading={products === null}
      value={value}
      onChange={(_, product) => onChange(product)}
      inputValue={text}
      onInputChange={(_, typed) => onTextChange(typed)}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      onKeyDown={keyDown}
      getOptionLabel={label}
      filterOptions={filter}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      autoHighlight
      noOptionsText="Ningún producto coincide"
      loadingText="Cargando productos…"
      openText="Abrir lista"
      closeText="Cerrar lista"
      renderOption={({ key, ...props }, p) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1 }}>
          <Box component="span" sx={{ fontFamily: 'monospace', minWidth: 34 }}>
            {p.code}
          </Box>
          <Box component="span" sx={{ flex: 1 }}>
            {p.name}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
            {p.price === null ? '' : formatMoney(p.price)}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Producto"
          inputRef={inputRef}
          error={Boolean(error)}
          helperText={error ?? 'Código o nombre; Enter elige. Enter sin texto pasa a la observación.'}
        />
      )}
    />
  );
}
