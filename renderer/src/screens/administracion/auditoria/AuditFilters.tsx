import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { FormEvent, Ref } from 'react';
import type { Output } from '../../../api';
import type { FieldErrors } from '../../../components/form-errors';
import { actionLabel, recordTypeLabel } from './audit-text';

export interface FilterDraft {
  username: string;
  from: string;
  to: string;
  procedure: string;
  recordType: string;
  recordId: string;
}

export const EMPTY_FILTER: FilterDraft = { username: '', from: '', to: '', procedure: '', recordType: '', recordId: '' };
export const FILTER_FIELDS = Object.keys(EMPTY_FILTER);

interface Props {
  draft: FilterDraft;
  /** What the trail holds, to choose from; null while it is read. */
  options: Output<'audit.options'> | null;
  errors: FieldErrors;
  busy: boolean;
  firstRef: Ref<HTMLSelectElement>;
  onChange(patch: Partial<FilterDraft>): void;
  onSearch(): void;
  onClear(): void;
}

/** An action as the list offers it: in words, with the core's name when they differ. */
const actionChoice = (procedure: string) => {
  const label = actionLabel(procedure);
  return label === procedure ? procedure : `${label} (${procedure})`;
};

/** Usuario, desde/hasta (the office's days), acción, tipo de registro and registro; BUSCAR applies them. */
export function AuditFilters({ draft, options, errors, busy, firstRef, onChange, onSearch, onClear }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch();
  };
  const select = (
    name: 'username' | 'procedure' | 'recordType',
    label: string,
    all: string,
    values: readonly string[],
    text: (v: string) => string,
    width: number,
  ) => (
    <TextField
      select
      label={label}
      name={name}
      value={draft[name]}
      onChange={(e) => onChange({ [name]: e.target.value })}
      error={Boolean(errors[name])}
      helperText={errors[name] ?? ' '}
      slotProps={{
        select: { native: true },
        inputLabel: { shrink: true },
        htmlInput: name === 'username' ? { ref: firstRef } : undefined,
      }}
      sx={{ width }}
    >
      <option value="">{all}</option>
      {/* A value typed before the options arrive stays choosable. */}
      {[...new Set([...(draft[name] ? [draft[name]] : []), ...values])].map((v) => (
        <option key={v} value={v}>
          {text(v)}
        </option>
      ))}
    </TextField>
  );
  const day = (name: 'from' | 'to', label: string) => (
    <TextField
      type="date"
      label={label}
      name={name}
      value={draft[name]}
      onChange={(e) => onChange({ [name]: e.target.value })}
      error={Boolean(errors[name])}
      helperText={errors[name] ?? 'Día de la oficina'}
      slotProps={{ inputLabel: { shrink: true } }}
      sx={{ width: 155 }}
    />
  );
  return (
    <Box
      component="form"
      noValidate
      aria-label="Filtros de auditoría"
      onSubmit={submit}
      sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      {select('username', 'Usuario', 'Todos', options?.usernames ?? [], (v) => v, 150)}
      {day('from', 'Desde')}
      {day('to', 'Hasta')}
      {select('procedure', 'Acción', 'Todas', options?.procedures ?? [], actionChoice, 270)}
      {select('recordType', 'Tipo de registro', 'Todos', options?.recordTypes ?? [], recordTypeLabel, 170)}
      <TextField
        label="Registro"
        name="recordId"
        autoComplete="off"
        value={draft.recordId}
        onChange={(e) => onChange({ recordId: e.target.value })}
        error={Boolean(errors.recordId)}
        helperText={errors.recordId ?? 'Número o código'}
        sx={{ width: 120 }}
      />
      <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 0.5 }}>
        BUSCAR
      </Button>
      <Button onClick={onClear} sx={{ mt: 0.5 }}>
        Limpiar
      </Button>
    </Box>
  );
}
