import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useState } from 'react';
import { call } from '../../../api';
import type { BackupStatus } from '../../../api/backups';
import { useReadAgain } from '../../../api/read-again';
import { DataList } from '../../../components/DataList';
import { type Notice, NoticeAlert } from '../../../components/NoticeAlert';
import { Panel } from '../../../components/Panel';
import { formatInstant } from '../../../format/format';
import { formatBytes } from './labels';

/** The last good backup, the next one, and COPIA AHORA. */
export function BackupStatusPanel({ status }: { status: BackupStatus }) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const readAgain = useReadAgain();
  const { lastGood } = status;

  async function runNow() {
    setBusy(true);
    setNotice(null);
    const result = await call('backups.run', {});
    setBusy(false);
    readAgain('backups.status', 'backups.list');
    if (!result.ok) setNotice({ severity: 'error', text: result.error.message });
    else if (result.data.result === 'OK') {
      setNotice({
        severity: 'success',
        text: `Copia hecha y verificada: ${result.data.fileName} (${formatBytes(result.data.sizeBytes ?? 0)}).`,
      });
    } else setNotice({ severity: 'error', text: result.data.message ?? 'La copia no se pudo hacer.' });
  }

  return (
    <Panel
      title="Estado"
      action={
        <Button variant="contained" size="small" onClick={() => void runNow()} disabled={busy || status.running}>
          COPIA AHORA
        </Button>
      }
    >
      {(busy || status.running) && <LinearProgress aria-label="Haciendo la copia de seguridad" sx={{ mb: 1 }} />}
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      {status.warning && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {lastGood ? 'La última copia buena tiene más de 2 días.' : 'Todavía no hay ninguna copia buena.'}
        </Alert>
      )}
      <Box>
        <DataList
          items={[
            ['Última copia buena', lastGood ? formatInstant(lastGood.finishedAt) : 'Ninguna'],
            ['Archivo', lastGood?.fileName ?? ''],
            ['Tamaño', lastGood && lastGood.sizeBytes !== null ? formatBytes(lastGood.sizeBytes) : ''],
            ['Próxima copia diaria', status.nextAt ? formatInstant(status.nextAt) : 'Configure la carpeta y la frase'],
          ]}
        />
      </Box>
    </Panel>
  );
}
