import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import type { KeyboardEvent, RefObject } from 'react';
import { formatCurrency, type Currency } from '../../format/format';
import { checkCount, quantityOf, type CountDraft } from './count-draft';

interface Props {
  denominations: readonly number[];
  currency: Currency;
  draft: CountDraft;
  onChange(draft: CountDraft): void;
  /** Enter in the last quantity. */
  onDone(): void;
  tableRef: RefObject<HTMLTableElement | null>;
}

export const quantityName = (denomination: number) => `quantity-${denomination}`;

/**
 * Arqueo ciego: how many of each bill and coin are in the drawer. Only what was counted is
 * shown; what the system expects stays hidden until the count is registered.
 */
export function CountGrid({ denominations, currency, draft, onChange, onDone, tableRef }: Props) {
  const money = (n: number) => formatCurrency(n, currency);
  const { total } = checkCount(denominations, draft);

  function enter(event: KeyboardEvent, index: number) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const next = denominations[index + 1];
    if (next === undefined) return onDone();
    const field = tableRef.current?.querySelector<HTMLInputElement>(`[name="${quantityName(next)}"]`);
    field?.focus();
    field?.select();
  }

  return (
    <Table ref={tableRef} aria-label="Arqueo por denominación" sx={{ maxWidth: 560 }}>
      <TableHead>
        <TableRow>
          <TableCell>Denominación</TableCell>
          <TableCell sx={{ width: 170 }}>Cantidad</TableCell>
          <TableCell align="right">Subtotal</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {denominations.map((d, i) => {
          const q = quantityOf(draft[d] ?? '');
          return (
            <TableRow key={d}>
              <TableCell sx={{ fontWeight: 600, fontSize: '0.9rem' }}>{money(d)}</TableCell>
              <TableCell>
                <TextField
                  name={quantityName(d)}
                  value={draft[d] ?? ''}
                  placeholder="0"
                  onChange={(e) => onChange({ ...draft, [d]: e.target.value })}
                  onKeyDown={(e) => enter(e, i)}
                  error={'error' in q}
                  helperText={'error' in q ? q.error : undefined}
                  slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `Cantidad de ${money(d)}` } }}
                />
              </TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {'error' in q ? '—' : money(d * q.quantity)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={2} sx={{ fontWeight: 700, fontSize: '0.95rem', color: 'text.primary' }}>
            Total contado
          </TableCell>
          <TableCell
            align="right"
            aria-label="Total contado"
            sx={{ fontWeight: 700, fontSize: '1.3rem', color: 'text.primary', fontVariantNumeric: 'tabular-nums' }}
          >
            {money(total)}
          </TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}
