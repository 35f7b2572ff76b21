import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { notificationQueries } from '../../../api/notifications';
import type { ScreenProps } from '../../../app/menu';
import { Panel } from '../../../components/Panel';
import { FilingSearch } from './FilingSearch';
import { NotificationCase } from './NotificationCase';
import { PendingNotifications } from './PendingNotifications';

/**
 * PQR → Notificaciones (seed 002 steps 18–19): the responded trámites → personal, 4-72, e-mail
 * (with consent) or, when personal notification failed, the edicto: printed, then taken down.
 * A notified letter closes the trámite.
 */
export function NotificationsScreen({ active }: ScreenProps) {
  // Read while shown, again when chosen in the menu and after every notification recorded.
  const pending = useQuery({ ...notificationQueries.pending(), enabled: active });
  const [selected, setSelected] = useState<string | null>(null);
  const rows = pending.data ?? [];

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(380px, 2fr) 3fr', gap: 1.25, alignItems: 'start' }}>
      <Panel title={`Oficios por notificar: ${rows.length}`} flush action={<FilingSearch onSearch={setSelected} error={null} />}>
        {pending.isFetching && <LinearProgress />}
        {pending.error && <Alert severity="error">{pending.error.message}</Alert>}
        <PendingNotifications rows={rows} selected={selected} onPick={setSelected} />
      </Panel>
      <Panel title={selected ? `Notificación del trámite ${selected}` : 'Notificación'}>
        {selected ? (
          <NotificationCase key={selected} filingNumber={selected} />
        ) : (
          <Alert severity="info">Elija un trámite de la lista o escriba su radicado.</Alert>
        )}
      </Panel>
    </Box>
  );
}
