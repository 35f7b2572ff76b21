import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { type BackupConfig, backupsContract } from '../../../../../electron/core/contract/backups.contract';
import { call } from '../../../api';
import { useReadAgain } from '../../../api/read-again';
import { Panel } from '../../../components/Panel';
import { useForm } from '../../../components/use-form';

const schema = backupsContract['backups.saveSettings'].input;
const FIELDS = ['folder', 'dailyHour', 'keepDaily', 'keepMonthly'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

const draftOf = (c: BackupConfig): Draft => ({
  folder: c.folder,
  dailyHour: String(c.dailyHour),
  keepDaily: String(c.keepDaily),
  keepMonthly: String(c.keepMonthly),
});

const valueOf = (d: Draft) => ({
  folder: d.folder,
  dailyHour: d.dailyHour.trim() === '' ? Number.NaN : Number(d.dailyHour),
  keepDaily: d.keepDaily.trim() === '' ? Number.NaN : Number(d.keepDaily),
  keepMonthly: d.keepMonthly.trim() === '' ? Number.NaN : Number(d.keepMonthly),
});

/** Where the backups go, at what hour, how many are kept. */
export function BackupSettingsForm({ config }: { config: BackupConfig }) {
  const [typed, setTyped] = useState<Draft | null>(null);
  const draft = typed ?? draftOf(config);
  const [saved, setSaved] = useState(false);
  const { errors, message, busy, submit, forget } = useForm(schema, FIELDS);
  const readAgain = useReadAgain();

  const field = (key: (typeof FIELDS)[number], label: string, help: string, extra: { type?: string; width?: string } = {}) => (
    <TextField
      label={label}
      name={key}
      type={extra.type ?? 'text'}
      value={draft[key]}
      onChange={(e) => {
        setSaved(false);
        forget(key);
        setTyped({ ...draft, [key]: e.target.value });
      }}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? help}
      sx={{ gridColumn: extra.width }}
    />
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await submit(valueOf(draft), () => call('backups.saveSettings', valueOf(draft)));
    if (!result) return;
    setTyped(null);
    setSaved(true);
    readAgain('backups.status', 'backups.list');
  }

  return (
    <Panel title="Destino y horario">
      <Box component="form" noValidate onSubmit={(e) => void save(e)} aria-label="Destino y horario de las copias">
        {message && (
          <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
            {message}
          </Alert>
        )}
        {saved && (
          <Alert severity="success" role="status" onClose={() => setSaved(false)} sx={{ mb: 1.5 }}>
            Configuración de las copias guardada.
          </Alert>
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: 1.5, rowGap: 1 }}>
          {field('folder', 'Carpeta de destino', 'Una unidad externa o una carpeta de red, p. ej. E:\\Copias', {
            width: '1 / -1',
          })}
          {field('dailyHour', 'Hora de la copia diaria (0 a 23)', 'Hora de la oficina', { type: 'number' })}
          {field('keepDaily', 'Copias diarias que se guardan', 'Una por día', { type: 'number' })}
          {field('keepMonthly', 'Copias mensuales que se guardan', 'Una por mes', { type: 'number' })}
        </Box>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
          <Button type="submit" variant="contained" disabled={busy}>
            GUARDAR
          </Button>
        </Box>
      </Box>
    </Panel>
  );
}
