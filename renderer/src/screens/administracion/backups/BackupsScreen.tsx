import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { backupQueries } from '../../../api/backups';
import type { ScreenProps } from '../../../app/menu';
import { Panel } from '../../../components/Panel';
import { BackupRunsTable } from './BackupRunsTable';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupStatusPanel } from './BackupStatusPanel';
import { PassphraseForm } from './PassphraseForm';
import { RestorePanel } from './RestorePanel';

/**
 * ADMINISTRACIÓN → Copias de seguridad: where and when, the passphrase, the state and the
 * recent runs, and restoring a backup.
 */
export function BackupsScreen({ active }: ScreenProps) {
  const status = useQuery({ ...backupQueries.status(), enabled: active });

  if (!status.data) {
    return (
      <Panel title="Copias de seguridad">
        {status.error ? (
          <Alert severity="error" role="alert">
            {status.error.message}
          </Alert>
        ) : (
          <LinearProgress aria-label="Cargando las copias de seguridad" />
        )}
      </Panel>
    );
  }
  const data = status.data;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 1.5, maxWidth: 1280 }}>
      <BackupStatusPanel status={data} />
      <BackupSettingsForm config={data.config} />
      <PassphraseForm passphraseSet={data.passphraseSet} keyUsable={data.keyUsable} />
      <RestorePanel active={active} />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <BackupRunsTable runs={data.runs} />
      </Box>
    </Box>
  );
}
