import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { readLogo } from './read-logo';

interface Props {
  /** The data URL of the logo, or '' for none. */
  value: string;
  /** The core's message about the logo, if it refused it. */
  error?: string;
  onChange(dataUrl: string): void;
}

/** The logo printed on every document: choose a PNG or JPG, see it, or remove it. */
export function LogoField({ value, error, onChange }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const helpId = useId();
  const message = refused ?? error;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again after fixing it fires a change.
    event.target.value = '';
    if (!file) return;
    const read = await readLogo(file);
    if (!read.ok) return setRefused(read.message);
    setRefused(null);
    onChange(read.dataUrl);
  }

  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, m: 0, p: 1.5 }}>
      <Typography component="legend" variant="caption" color="text.secondary" sx={{ px: 0.5 }}>
        Logo
      </Typography>
      <Box
        sx={{
          height: 120,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          bgcolor: '#f7f9fa',
          border: 1,
          borderColor: 'divider',
          borderStyle: 'dashed',
          mb: 1,
        }}
      >
        {value ? (
          <Box
            component="img"
            src={value}
            alt="Logo de la empresa"
            sx={{ maxHeight: 110, maxWidth: '100%', objectFit: 'contain' }}
          />
        ) : (
          <Typography variant="body2" color="text.secondary">
            Sin logo
          </Typography>
        )}
      </Box>
      <input
        ref={inputRef}
        type="file"
        accept="image/png,image/jpeg,.png,.jpg,.jpeg"
        hidden
        aria-label="Archivo del logo"
        aria-describedby={helpId}
        onChange={(e) => void choose(e)}
      />
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => inputRef.current?.click()}>
          {value ? 'Cambiar logo' : 'Elegir logo'}
        </Button>
        {value && (
          <Button
            color="error"
            startIcon={<DeleteIcon />}
            onClick={() => {
              setRefused(null);
              onChange('');
            }}
          >
            Quitar logo
          </Button>
        )}
      </Box>
      <FormHelperText id={helpId} error={Boolean(message)}>
        {message ?? 'PNG o JPG de máximo 200 KB. Se imprime en el encabezado de cada documento.'}
      </FormHelperText>
    </Box>
  );
}
