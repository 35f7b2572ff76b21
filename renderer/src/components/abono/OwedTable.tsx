import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatDate, formatMoney } from '../../format/format';
import type { OwedItem } from './abono-draft';

interface Props {
  items: readonly OwedItem[];
  chosen: ReadonlySet<number>;
  onChange(chosen: ReadonlySet<number>): void;
  total: number;
}

/** A debt in words: its concept, and its factura or agreement when the concept does not name it. */
const labelOf = (item: OwedItem) =>
  item.reference && !item.concept.includes(item.reference) ? `${item.concept} (${item.reference})` : item.concept;

/** What the subscriber owes, oldest first, each with its checkbox (Space toggles it). */
export function OwedTable({ items, chosen, onChange, total }: Props) {
  const all = items.length > 0 && chosen.size === items.length;
  const toggle = (id: number) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <TableContainer sx={{ maxHeight: 330 }}>
      <Table stickyHeader aria-label="Deudas del suscriptor">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={all}
                indeterminate={chosen.size > 0 && !all}
                onChange={() => onChange(new Set(all ? [] : items.map((i) => i.chargeId)))}
                slotProps={{ input: { 'aria-label': 'Elegir todas las deudas' } }}
              />
            </TableCell>
            <TableCell>Concepto</TableCell>
            <TableCell>Referencia</TableCell>
            <TableCell>Fecha</TableCell>
            <TableCell>Vence</TableCell>
            <TableCell align="right">Valor</TableCell>
            <TableCell align="right">Saldo</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => {
            const on = chosen.has(item.chargeId);
            return (
              <TableRow key={item.chargeId} hover selected={on} onClick={() => toggle(item.chargeId)} sx={{ cursor: 'pointer' }}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={on}
                    onClick={(e) => e.stopPropagation()}
                    onChange={() => toggle(item.chargeId)}
                    slotProps={{
                      input: { 'aria-label': `Pagar ${labelOf(item)}` },
                    }}
                  />
                </TableCell>
                <TableCell>{item.concept}</TableCell>
                <TableCell sx={{ fontFamily: item.reference ? 'monospace' : undefined }}>{item.reference ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(item.entryDate)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {item.dueOn ? formatDate(item.dueOn) : '—'}
                  {item.overdue && <Chip label="Vencida" color="error" sx={{ ml: 1, height: 18, fontSize: '0.68rem' }} />}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(item.amount)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                  {formatMoney(item.outstanding)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={6} align="right" sx={{ fontWeight: 700, color: 'text.primary', fontSize: '0.85rem' }}>
              Elegidas {chosen.size} de {items.length} · Total elegido
            </TableCell>
            <TableCell
              align="right"
              aria-label="Total elegido"
              sx={{ fontWeight: 700, color: 'text.primary', fontSize: '0.9rem', whiteSpace: 'nowrap' }}
            >
              {formatMoney(total)}
            </TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </TableContainer>
  );
}
