import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent, RefObject } from 'react';
import { STATUS_COLORS, STATUS_LABELS } from '../../format/labels';
import type { SubscriberSummary } from './search-type';

interface Props {
  subscribers: readonly SubscriberSummary[];
  onOpen(subscriber: SubscriberSummary): void;
  tableRef: RefObject<HTMLTableElement | null>;
  /** There are more matches than listed. */
  more: boolean;
}

/** Arrows move between the names, as in a list; Enter on a name opens it. */
function moveFocus(event: KeyboardEvent<HTMLTableElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const names = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-name]')];
  const at = names.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  names[Math.max(0, Math.min(names.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
}

/** Seed 001 step 20: the matches; the subscriber's name is what the asesor clicks. */
export function FoundSubscribers({ subscribers, more, onOpen, tableRef }: Props) {
  return (
    <>
      <TableContainer sx={{ maxHeight: 300, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table stickyHeader aria-label="Suscriptores encontrados" ref={tableRef} onKeyDown={moveFocus}>
          <TableHead>
            <TableRow>
              <TableCell>Código</TableCell>
              <TableCell>Nombre del suscriptor</TableCell>
              <TableCell>Documento</TableCell>
              <TableCell>Dirección · barrio</TableCell>
              <TableCell>Zona · ruta</TableCell>
              <TableCell>Estado</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {subscribers.map((s) => (
              <TableRow key={s.id} hover>
                <TableCell sx={{ fontFamily: 'monospace', fontWeight: 700 }}>{s.code}</TableCell>
                <TableCell>
                  <Link
                    component="button"
                    type="button"
                    data-name
                    onClick={() => onOpen(s)}
                    sx={{ fontWeight: 600, textAlign: 'left' }}
                  >
                    {s.ownerName}
                  </Link>
                </TableCell>
                <TableCell>{s.ownerDocument}</TableCell>
                <TableCell>
                  {s.address} · {s.neighborhood}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {s.zoneName} · {s.routeCode}
                </TableCell>
                <TableCell>
                  <Chip label={STATUS_LABELS[s.status]} color={STATUS_COLORS[s.status]} variant="outlined" />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography variant="caption" color="text.secondary">
        {subscribers.length === 1 ? '1 suscriptor' : `${subscribers.length} suscriptores`}
        {more ? ' (puede haber más: escriba más para acotar)' : ''}. Flechas para moverse, Enter o clic en el nombre para ver lo
        que debe.
      </Typography>
    </>
  );
}
