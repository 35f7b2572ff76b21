import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { backupServiceContract } from '../../../../../electron/core/contract/backups.contract';
import { type Output, call } from '../../../api';
import type { BackupContents } from '../../../api/backups';
import { useSession } from '../../../app/session-context';
import { DataList } from '../../../components/DataList';
import { useForm } from '../../../components/use-form';
import { formatInstant, formatNumber } from '../../../format/format';
import { MAIN_TABLES, formatBytes } from './labels';

const schema = backupServiceContract['backups.inspect'].input;
const FIELDS = ['passphrase'] as const;

/**
 * Restoring a backup: the passphrase → the backup verified, and what it holds → RESTAURAR
 * (the current database is saved aside first) → everyone logs in again.
 */
export function RestoreDialog({ fileName, onClose }: { fileName: string; onClose(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [contents, setContents] = useState<BackupContents | null>(null);
  const [withArchive, setWithArchive] = useState(true);
  const [done, setDone] = useState<Output<'backups.restore'> | null>(null);
  const { errors, message, busy, submit, forget } = useForm(schema, FIELDS);
  const { logout } = useSession();

  async function verify(event: FormEvent) {
    event.preventDefault();
    const input = { fileName, passphrase };
    const result = await submit(input, () => call('backups.inspect', input));
    if (result) setContents(result);
  }

  async function restore() {
    const input = { fileName, passphrase, restoreArchive: withArchive };
    const result = await submit({ fileName, passphrase }, () => call('backups.restore', input));
    if (result) setDone(result);
  }

  const rows = (table: string) => contents?.counts.find((c) => c.table === table)?.rows ?? 0;
  const total = contents?.counts.reduce((sum, c) => sum + c.rows, 0) ?? 0;

  if (done) {
    return (
      <Dialog open aria-labelledby="restaurada-titulo">
        <DialogTitle id="restaurada-titulo">Copia restaurada</DialogTitle>
        <DialogContent>
          <Alert severity="success" role="status">
            Ventanilla volvió a la copia del {formatInstant(done.createdAt)}. La base de datos anterior se guardó en{' '}
            {done.savedAside}
            {done.archiveFilesRestored > 0
              ? `; se recuperaron ${formatNumber(done.archiveFilesRestored)} documentos del archivo`
              : ''}
            . Todos los usuarios deben ingresar de nuevo.
          </Alert>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={() => void logout()}>
            INGRESAR DE NUEVO
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="restaurar-titulo">
      <DialogTitle id="restaurar-titulo">Restaurar {fileName}</DialogTitle>
      <DialogContent>
        {busy && <LinearProgress aria-label="Verificando la copia" sx={{ mb: 1 }} />}
        {message && (
          <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
            {message}
          </Alert>
        )}
        <Box
          component="form"
          id="verificar-copia"
          noValidate
          onSubmit={(e) => void verify(e)}
          aria-label="Frase de la copia"
          sx={{ pt: 1 }}
        >
          <TextField
            label="Frase de contraseña de la copia"
            name="passphrase"
            type="password"
            autoFocus
            fullWidth
            value={passphrase}
            disabled={contents !== null}
            onChange={(e) => {
              forget('passphrase');
              setPassphrase(e.target.value);
            }}
            error={Boolean(errors.passphrase)}
            helperText={errors.passphrase ?? 'La que estaba configurada cuando se hizo la copia'}
          />
        </Box>
        {contents && (
          <Box aria-label="Contenido de la copia" role="region" sx={{ mt: 1.5 }}>
            <Alert severity="info" sx={{ mb: 1 }}>
              Copia verificada: se descifró, su base de datos está íntegra y tiene las filas que anuncia.
            </Alert>
            <DataList
              items={[
                ['Fecha de la copia', formatInstant(contents.createdAt)],
                ['Tamaño', formatBytes(contents.sizeBytes)],
                ...MAIN_TABLES.map(([table, label]) => [label, formatNumber(rows(table))] as const),
                ['Filas en total', formatNumber(total)],
              ]}
            />
            <FormControlLabel
              sx={{ mt: 1 }}
              control={<Checkbox checked={withArchive} onChange={(e) => setWithArchive(e.target.checked)} />}
              label="Recuperar también los documentos del archivo (PDF y soportes) que falten"
            />
            <Alert severity="warning" sx={{ mt: 1 }}>
              La base de datos actual se guarda aparte y se reemplaza por esta copia: lo registrado después de{' '}
              {formatInstant(contents.createdAt)} deja de verse. Todos los usuarios deberán ingresar de nuevo.
            </Alert>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          CANCELAR
        </Button>
        {contents ? (
          <Button variant="contained" color="warning" onClick={() => void restore()} disabled={busy}>
            RESTAURAR
          </Button>
        ) : (
          <Button type="submit" form="verificar-copia" variant="contained" disabled={busy}>
            VERIFICAR
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
