import TextField from '@mui/material/TextField';
import type { PrinterInfo } from '../../../../../electron/core/contract/print.contract';

interface Props {
  label: string;
  name: string;
  /** '' = the system's default printer. */
  value: string;
  /** The printers this computer reports; empty when it reports none. */
  printers: readonly PrinterInfo[];
  error?: string;
  autoFocus?: boolean;
  onChange(value: string): void;
}

const SYSTEM_DEFAULT = 'Predeterminada del sistema';

/**
 * A printer chosen from this computer's list. With no list (browser mode, or none installed)
 * the name is typed, so a workstation can still be set up before its printer is connected.
 */
export function PrinterField({ label, name, value, printers, error, autoFocus, onChange }: Props) {
  if (printers.length === 0) {
    return (
      <TextField
        label={label}
        name={name}
        autoFocus={autoFocus}
        value={value}
        placeholder={SYSTEM_DEFAULT}
        onChange={(e) => onChange(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        error={Boolean(error)}
        helperText={error ?? 'Escriba el nombre exacto de la impresora, o déjelo vacío para la predeterminada del sistema'}
      />
    );
  }
  const missing = value !== '' && !printers.some((p) => p.name === value);
  return (
    <TextField
      select
      label={label}
      name={name}
      autoFocus={autoFocus}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error) || missing}
      helperText={error ?? (missing ? 'Esta impresora no aparece en este equipo: elija otra o revise que esté conectada' : ' ')}
      slotProps={{ select: { native: true } }}
    >
      <option value="">{SYSTEM_DEFAULT}</option>
      {printers.map((p) => (
        <option key={p.name} value={p.name}>
          {p.isDefault ? `${p.name} (predeterminada)` : p.name}
        </option>
      ))}
      {missing && <option value={value}>{`${value} (no encontrada)`}</option>}
    </TextField>
  );
}
