import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Paper from '@mui/material/Paper';
import { formatDate } from '../../format/format';
import type { PartyRow } from './party-draft';

interface Props {
  parties: readonly PartyRow[];
  onEdit(party: PartyRow): void;
  onSelect?(party: PartyRow): void;
}

export function PartyTable({ parties, onEdit, onSelect }: Props) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label="Terceros encontrados">
        <TableHead>
          <TableRow>
            <TableCell>Documento</TableCell>
            <TableCell>Nombre</TableCell>
            <TableCell>Celular</TableCell>
            <TableCell>Correo</TableCell>
            <TableCell>Dirección</TableCell>
            <TableCell>Notificación por correo</TableCell>
            <TableCell align="right">Acciones</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {parties.map((p) => (
            <TableRow key={p.id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {p.documentType} {p.documentNumber}
              </TableCell>
              <TableCell sx={{ fontWeight: 500 }}>{p.fullName}</TableCell>
              <TableCell>{p.mobile || '—'}</TableCell>
              <TableCell>{p.email || '—'}</TableCell>
              <TableCell>{p.address || '—'}</TableCell>
              <TableCell>
                {p.emailConsent ? `Autorizada${p.emailConsentDate ? ` (${formatDate(p.emailConsentDate)})` : ''}` : 'No'}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <IconButton aria-label={`Editar tercero ${p.fullName}`} onClick={() => onEdit(p)}>
                  <EditIcon fontSize="small" />
                </IconButton>
                {onSelect && (
                  <Button variant="contained" onClick={() => onSelect(p)} sx={{ ml: 0.5 }}>
                    Seleccionar
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
