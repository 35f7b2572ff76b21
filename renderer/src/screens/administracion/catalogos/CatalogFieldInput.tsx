import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { choicesQuery } from '../../../api/catalogs';
import type { CatalogField, Choice, ChoiceSource, Draft } from './catalog-descriptor';

interface Props {
  field: CatalogField;
  value: Draft[string];
  error: string | undefined;
  autoFocus: boolean;
  onChange(value: Draft[string]): void;
}

const idOf = (field: CatalogField) => `catalog-${field.name}`;

/** One field of a catalog form, drawn by its kind, with its message under it. */
export function CatalogFieldInput({ field, value, error, autoFocus, onChange }: Props) {
  if (field.kind === 'boolean') {
    return (
      <FormControl error={Boolean(error)}>
        <FormControlLabel
          control={
            <Checkbox
              id={idOf(field)}
              name={field.name}
              checked={value === true}
              autoFocus={autoFocus}
              onChange={(e) => onChange(e.target.checked)}
              slotProps={{
                input: error ? { 'aria-invalid': true, 'aria-describedby': `${idOf(field)}-helper-text` } : undefined,
              }}
            />
          }
          label={field.label}
          sx={{ my: -0.5 }}
        />
        {error && <FormHelperText id={`${idOf(field)}-helper-text`}>{error}</FormHelperText>}
      </FormControl>
    );
  }
  if (field.kind === 'pick') {
    return <PickInput field={field} from={field.from} value={value} error={error} autoFocus={autoFocus} onChange={onChange} />;
  }
  const common = {
    id: idOf(field),
    name: field.name,
    label: field.label,
    autoFocus,
    error: Boolean(error),
    helperText: error ?? field.helper ?? field.empty ?? ' ',
  };
  if (field.kind === 'enum') {
    return (
      <TextField
        {...common}
        select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        {(value === '' || value === null) && <option value="">Elija…</option>}
        {field.options.map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </TextField>
    );
  }
  return (
    <TextField
      {...common}
      autoComplete="off"
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value)}
      slotProps={field.kind === 'number' ? { htmlInput: { inputMode: 'numeric' } } : undefined}
    />
  );
}

/**
 * An entry of another catalog: the active ones, plus the one already chosen even if it has
 * since been deactivated (the core then says so on this field).
 */
function PickInput({ field, from, value, error, autoFocus, onChange }: Props & { from: ChoiceSource }) {
  const query = useQuery(choicesQuery(from.list));
  const choices: Choice[] = (query.data ?? []).map((row) => from.choice(row));
  const shown = choices.filter((c) => c.active || c.value === value);
  const none = value === null || !shown.some((c) => c.value === value);
  const helper = error ?? (query.error ? query.error.message : (field.helper ?? ' '));
  return (
    <TextField
      id={idOf(field)}
      name={field.name}
      label={field.label}
      select
      autoFocus={autoFocus}
      value={none ? '' : String(value)}
      onChange={(e) => onChange(shown.find((c) => String(c.value) === e.target.value)?.value ?? null)}
      error={Boolean(error || query.error)}
      helperText={helper}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">{field.empty ?? (query.isPending ? 'Cargando…' : 'Elija…')}</option>
      {shown.map((c) => (
        <option key={String(c.value)} value={String(c.value)}>
          {c.active ? c.label : `${c.label} (inactivo)`}
        </option>
      ))}
    </TextField>
  );
}
