import TextField from '@mui/material/TextField';
import type { RefObject } from 'react';
import { onEnter } from '../../../components/keyboard';

interface Props<V extends string | number> {
  label: string;
  name: string;
  value: V | null;
  options: readonly { value: V; label: string }[];
  onChange(value: V | null): void;
  /** Enter moves on, as in every counter form. */
  onNext(): void;
  error?: string;
  helperText?: string;
  inputRef?: RefObject<HTMLSelectElement | null>;
  disabled?: boolean;
  /** What the empty choice reads: "— Elija —" in a form, "Todos" in a filter. */
  emptyLabel?: string;
}

/**
 * A catalog list as a native select: typing the first letters picks an entry, the arrows move,
 * Enter goes to the next field. Values are matched back to their type (ids are numbers).
 */
export function CatalogSelect<V extends string | number>({
  label,
  name,
  value,
  options,
  onChange,
  onNext,
  error,
  helperText,
  inputRef,
  disabled,
  emptyLabel = '— Elija —',
}: Props<V>) {
  return (
    <TextField
      select
      label={label}
      name={name}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(options.find((o) => String(o.value) === e.target.value)?.value ?? null)}
      onKeyDown={(e) => onEnter(e, onNext)}
      error={Boolean(error)}
      helperText={error ?? helperText}
      disabled={disabled}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { ref: inputRef } }}
    >
      <option value="">{emptyLabel}</option>
      {options.map((o) => (
        <option key={String(o.value)} value={String(o.value)}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}
