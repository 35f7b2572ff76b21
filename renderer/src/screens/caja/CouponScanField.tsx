import QrCodeScannerIcon from '@mui/icons-material/QrCodeScanner';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import type { RefObject } from 'react';
import { onEnter } from '../../components/keyboard';

interface Props {
  value: string;
  onChange(value: string): void;
  /** Enter: the scanner's, or the cashier's after typing the number. */
  onScan(): void;
  error: string | null;
  loading: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The big coupon field: a keyboard-wedge scanner types the number and Enter into it; a factura's
 * number is typed from the paper (seed 004).
 */
export function CouponScanField({ value, onChange, onScan, error, loading, inputRef }: Props) {
  return (
    <div>
      <TextField
        label="Número del cupón o de la factura"
        name="scannedNumber"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => onEnter(e, onScan)}
        error={Boolean(error)}
        helperText={
          error ?? 'Escanee el código de barras del cupón, o escriba el número del cupón o de la factura, y presione Enter.'
        }
        inputRef={inputRef}
        autoComplete="off"
        // The big type goes on the input itself: on the outlined root it would widen the label's notch.
        sx={{ '& .MuiInputBase-input': { fontSize: '1.6rem', fontFamily: 'monospace', letterSpacing: '0.04em' } }}
        slotProps={{
          htmlInput: { spellCheck: false, autoCapitalize: 'characters' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <QrCodeScannerIcon />
              </InputAdornment>
            ),
          },
        }}
      />
      {loading && <LinearProgress aria-label="Buscando el cupón o la factura" sx={{ mt: 0.5 }} />}
    </div>
  );
}
