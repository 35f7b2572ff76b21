import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH, passphraseInput } from '../../../../../electron/core/contract/backups.contract';
import { call } from '../../../api';
import { useReadAgain } from '../../../api/read-again';
import { Panel } from '../../../components/Panel';
import { useForm } from '../../../components/use-form';

const FIELDS = ['passphrase', 'confirmation'] as const;

/** The passphrase the backups are encrypted with: set by the admin, never shown again, never stored. */
export function PassphraseForm({ passphraseSet, keyUsable }: { passphraseSet: boolean; keyUsable: boolean }) {
  const [draft, setDraft] = useState({ passphrase: '', confirmation: '' });
  const [saved, setSaved] = useState(false);
  const { errors, message, busy, submit, forget } = useForm(passphraseInput, FIELDS);
  const readAgain = useReadAgain();

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await submit(draft, () => call('backups.setPassphrase', draft));
    if (!result) return;
    setDraft({ passphrase: '', confirmation: '' });
    setSaved(true);
    readAgain('backups.status');
  }

  const field = (key: (typeof FIELDS)[number], label: string, help: string) => (
    <TextField
      label={label}
      name={key}
      type="password"
      autoComplete="new-password"
      value={draft[key]}
      onChange={(e) => {
        setSaved(false);
        forget(key);
        setDraft({ ...draft, [key]: e.target.value });
      }}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? help}
    />
  );

  return (
    <Panel title="Frase de contraseña">
      <Box component="form" noValidate onSubmit={(e) => void save(e)} aria-label="Frase de contraseña de las copias">
        {message && (
          <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
            {message}
          </Alert>
        )}
        {saved && (
          <Alert severity="success" role="status" onClose={() => setSaved(false)} sx={{ mb: 1.5 }}>
            Frase guardada. Guárdela en un lugar seguro: sin ella ninguna copia se puede restaurar.
          </Alert>
        )}
        {passphraseSet && !keyUsable && (
          <Alert severity="warning" sx={{ mb: 1.5 }}>
            Este equipo no tiene la clave de las copias: escriba de nuevo la frase para que las copias automáticas funcionen.
          </Alert>
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 1.5 }}>
          {field(
            'passphrase',
            'Frase de contraseña',
            `Mínimo ${MIN_PASSPHRASE_LENGTH} caracteres; cifra las copias (Ley 1581 de 2012)`,
          )}
          {field('confirmation', 'Confirmación', 'Escríbala de nuevo')}
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mt: 1, gap: 1 }}>
          <Box sx={{ fontSize: '0.8rem', color: 'text.secondary' }}>
            {passphraseSet
              ? 'Ya hay una frase. Una nueva cifra las copias siguientes; las anteriores siguen pidiendo la frase con que se hicieron.'
              : 'Aún no hay frase: las copias no se pueden hacer.'}
          </Box>
          <Button type="submit" variant="contained" disabled={busy}>
            GUARDAR FRASE
          </Button>
        </Box>
      </Box>
    </Panel>
  );
}
