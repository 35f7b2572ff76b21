import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { SUI_RESPONSE_TYPES } from '../../../../../electron/core/responses/sui-response-types';

interface Props {
  value: number | '';
  onChange(value: number): void;
  error?: string;
  disabled?: boolean;
}

/** Formato A's tipo de respuesta, as the SUI report codes it. */
export function SuiTypeSelect({ value, onChange, error, disabled }: Props) {
  return (
    <TextField
      select
      size="small"
      label="Tipo de respuesta (SUI)"
      name="suiResponseType"
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(Number(e.target.value))}
      error={Boolean(error)}
      helperText={error ?? ' '}
      sx={{ minWidth: 240 }}
    >
      {SUI_RESPONSE_TYPES.map((t) => (
        <MenuItem key={t.code} value={t.code}>
          {t.code} · {t.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
