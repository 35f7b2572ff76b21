import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import type { TemplateRow } from '../../../../../electron/core/contract/responses.contract';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { Panel } from '../../../components/Panel';
import { formatInstant } from '../../../format/format';
import { TemplateDialog } from './TemplateDialog';
import { useProcedure } from './use-procedure';

const EDITORS: readonly string[] = ['COORDINADOR_PQR', 'ADMIN'];

/**
 * ADMINISTRACIÓN → Plantillas de respuesta: the decision templates ("toma de decisión") the
 * Coordinador de PQR starts letters from. Saved letters keep the text they were printed with.
 */
export function TemplatesScreen({ active, activation }: ScreenProps) {
  const { user } = useSessionInfo();
  const list = useProcedure('responses.templates', active ? { includeInactive: true } : null, activation);
  const [editing, setEditing] = useState<TemplateRow | 'new' | null>(null);
  const canEdit = EDITORS.includes(user.role);
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
      {list.loading && <LinearProgress />}
      {list.error && <Alert severity="error">{list.error}</Alert>}
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
      {editing && (
        <TemplateDialog
          template={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) list.reload();
          }}
        />
      )}
    </Panel>
  );
}
