import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AuditRow } from '../../../api/audit';
import { formatDate, formatTime } from '../../../format/format';
import { actionLabel, changesOf, recordLabel } from './audit-text';

/** The trail newest first: when (the office's time), who, where, what, to which record, and what changed. */
export function AuditTable({ rows }: { rows: readonly AuditRow[] }) {
  return (
    <TableContainer>
      <Table aria-label="Auditoría" size="small">
        <TableHead>
          <TableRow>
            <TableCell>Fecha y hora</TableCell>
            <TableCell>Usuario</TableCell>
            <TableCell>Puesto</TableCell>
            <TableCell>Acción</TableCell>
            <TableCell>Registro</TableCell>
            <TableCell>Antes → después</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} hover sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {formatDate(row.at)} {formatTime(row.at, true)}
              </TableCell>
              <TableCell>{row.username || '—'}</TableCell>
              <TableCell>{row.workstation || '—'}</TableCell>
              <TableCell>
                {actionLabel(row.procedure, row.after)}
                <Box component="div" sx={{ fontFamily: 'monospace', fontSize: '0.75rem', color: 'text.secondary' }}>
                  {row.procedure}
                </Box>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{recordLabel(row) || '—'}</TableCell>
              <TableCell>
                <Changes row={row} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function Changes({ row }: { row: AuditRow }) {
  const changes = changesOf(row);
  if (changes.length === 0) return <>—</>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 0, listStyle: 'none', fontSize: '0.8rem' }}>
      {changes.map((c) => (
        <li key={c.label}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {c.label}:
          </Box>{' '}
          {c.before !== undefined && (
            <>
              <Box component="span" sx={{ color: 'text.secondary' }}>
                {c.before}
              </Box>
              {' → '}
            </>
          )}
          <Box component="span" sx={{ fontWeight: 500 }}>
            {c.after ?? '(nada)'}
          </Box>
        </li>
      ))}
    </Box>
  );
}
