import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BACKUP_WARNING_DAYS } from '../../../electron/core/contract/backups.contract';
import { may } from '../../../electron/core/contract/may';
import { backupQueries } from '../api/backups';
import { formatInstant } from '../format/format';
import { useSessionInfo } from './session-context';

/**
 * After login, to those who answer for the office's data (the admin, supervisors): a warning
 * when the last good backup is older than the rule's days, or there is none.
 */
export function BackupBanner() {
  const { user } = useSessionInfo();
  const watches = may('backups.status', user.role);
  const status = useQuery({ ...backupQueries.status(), enabled: watches, staleTime: Infinity });
  const [closed, setClosed] = useState(false);
  if (!watches || closed || !status.data?.warning) return null;
  const last = status.data.lastGood;
  const what = last
    ? `La última copia de seguridad buena es del ${formatInstant(last.finishedAt)}: tiene más de ${BACKUP_WARNING_DAYS} días.`
    : 'La oficina no tiene ninguna copia de seguridad buena.';
  const todo = may('backups.run', user.role)
    ? 'Revise ADMINISTRACIÓN → Copias de seguridad (la unidad de destino, la frase) y haga una copia ahora.'
    : 'Avise al administrador.';
  return (
    // A standing notice, not news: a region, so a screen's own alert stays the one alert on the page.
    <Alert
      severity="warning"
      role="region"
      aria-label="Aviso de copias de seguridad"
      onClose={() => setClosed(true)}
      sx={{ borderRadius: 0 }}
    >
      {what} {todo}
    </Alert>
  );
}
