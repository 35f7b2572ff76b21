import EditIcon from '@mui/icons-material/Edit';
import ToggleOffIcon from '@mui/icons-material/ToggleOff';
import ToggleOnIcon from '@mui/icons-material/ToggleOn';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import type { CatalogEntry } from '../../../api/catalogs';
import type { CatalogDescriptor } from './catalog-descriptor';

export type EntryAction = 'edit' | 'toggle';

interface Props {
  descriptor: CatalogDescriptor;
  entries: readonly CatalogEntry[];
  /** What the role may do (may(procedure, role)). */
  canEdit: boolean;
  canToggle: boolean;
  onAction(action: EntryAction, entry: CatalogEntry): void;
}

/** A catalog's entries: inactive ones greyed, each with its edit and activate/deactivate buttons. */
export function CatalogTable({ descriptor, entries, canEdit, canToggle, onAction }: Props) {
  const { columns } = descriptor;
  return (
    <TableContainer sx={{ maxHeight: 'calc(100vh - 250px)' }}>
      <Table aria-label={descriptor.title} stickyHeader>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.header}>{c.header}</TableCell>
            ))}
            <TableCell>Estado</TableCell>
            {(canEdit || canToggle) && <TableCell align="right">Acciones</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => {
            const name = descriptor.entryName(entry);
            const toggle = entry.active ? 'Desactivar' : 'Activar';
            return (
              <TableRow key={String(entry.id)} hover sx={{ opacity: entry.active ? 1 : 0.55 }}>
                {columns.map((c) => (
                  <TableCell key={c.header} sx={c.code ? { fontFamily: 'monospace', fontSize: '0.85rem' } : undefined}>
                    {c.value(entry)}
                  </TableCell>
                ))}
                <TableCell>
                  {entry.active ? (
                    <Chip color="success" variant="outlined" label="Activo" />
                  ) : (
                    <Chip variant="outlined" label="Inactivo" />
                  )}
                </TableCell>
                {(canEdit || canToggle) && (
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {canEdit && (
                      <Tooltip title="Editar">
                        <IconButton aria-label={`Editar ${name}`} onClick={() => onAction('edit', entry)}>
                          <EditIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                    {canToggle && (
                      <Tooltip title={toggle}>
                        <IconButton
                          aria-label={`${toggle} ${name}`}
                          color={entry.active ? 'success' : 'default'}
                          onClick={() => onAction('toggle', entry)}
                        >
                          {entry.active ? <ToggleOnIcon /> : <ToggleOffIcon />}
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
