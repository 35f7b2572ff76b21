import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { may } from '../../../../../electron/core/contract/may';
import type { TemplateRow } from '../../../../../electron/core/contract/responses.contract';
import { responsesQueries } from '../../../api/responses';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { Panel } from '../../../components/Panel';
import { formatInstant } from '../../../format/format';
import { TemplateDialog } from './TemplateDialog';

/**
 * ADMINISTRACIÓN → Plantillas de respuesta: the decision templates ("toma de decisión") the
 * Coordinador de PQR starts letters from. Saved letters keep the text they were printed with.
 */
export function TemplatesScreen({ active }: ScreenProps) {
  const { user } = useSessionInfo();
  // Read while shown, again when chosen in the menu and after every template saved.
  const list = useQuery({ ...responsesQueries.templates(true), enabled: active });
  const [editing, setEditing] = useState<TemplateRow | 'new' | null>(null);
  const canEdit = may('responses.saveTemplate', user.role);
  const rows = list.data ?? [];

  return (
    <Panel
      title={`Plantillas de respuesta: ${rows.length}`}
      flush
      action={
        canEdit && (
          <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
            NUEVA PLANTILLA
          </Button>
        )
      }
    >
      {list.isFetching && <LinearProgress />}
      {list.error && <Alert severity="error">{list.error.message}</Alert>}
      <Table size="small" aria-label="Plantillas de respuesta">
        <TableHead>
          <TableRow>
            <TableCell>Nombre</TableCell>
            <TableCell>Tipo de respuesta (SUI)</TableCell>
            <TableCell>Estado</TableCell>
            <TableCell>Modificada</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((t) => (
            <TableRow
              key={t.id}
              hover={canEdit}
              tabIndex={canEdit ? 0 : undefined}
              sx={{ cursor: canEdit ? 'pointer' : undefined, color: t.active ? undefined : 'text.disabled' }}
              onClick={() => canEdit && setEditing(t)}
              onKeyDown={(e) => canEdit && e.key === 'Enter' && setEditing(t)}
            >
              <TableCell>{t.name}</TableCell>
              <TableCell>
                {t.suiResponseType} · {t.suiResponseLabel}
              </TableCell>
              <TableCell>{t.active ? 'Activa' : 'Inactiva'}</TableCell>
              <TableCell>{formatInstant(t.updatedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && <TemplateDialog template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Panel>
  );
}
