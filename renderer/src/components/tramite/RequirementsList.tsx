import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { PqrView } from '../../api/pqr';

/** A required document not brought reads "falta"; an optional one not brought, a dash. */
const broughtOf = (r: PqrView['requirements'][number]) => (r.presented ? '✓' : r.required ? 'falta' : '—');

/** The documents of a trámite's checklist and whether the user brought each (seed 004). */
export function RequirementsList({ requirements }: { requirements: PqrView['requirements'] }) {
  if (requirements.length === 0) return null;
  return (
    <Table size="small" aria-label="Documentos presentados">
      <TableHead>
        <TableRow>
          <TableCell>Documento</TableCell>
          <TableCell>Requerido</TableCell>
          <TableCell>Presentado</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {requirements.map((r) => (
          <TableRow key={r.id}>
            <TableCell>{r.name}</TableCell>
            <TableCell>{r.required ? 'Sí' : 'No'}</TableCell>
            <TableCell>
              <Typography
                variant="body2"
                component="span"
                sx={{ fontWeight: 600, color: r.presented ? 'success.main' : r.required ? 'error.main' : 'text.secondary' }}
              >
                {broughtOf(r)}
              </Typography>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
