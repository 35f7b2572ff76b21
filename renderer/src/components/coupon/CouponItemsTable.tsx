import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { SxProps, Theme } from '@mui/material/styles';
import { formatDate, formatMoney } from '../../format/format';

export interface CouponItemRow {
  lineNo: number;
  concept: string;
  reference: string | null;
  dueOn: string | null;
  amount: number;
}

interface Props {
  items: readonly CouponItemRow[];
  /** The table's accessible name. */
  label: string;
  /** Headers of the reference and amount columns, as each screen words them. */
  referenceHeader: string;
  amountHeader: string;
  sx?: SxProps<Theme>;
}

/** The debts a coupon pays: concept, reference, due date and amount, one row each. */
export function CouponItemsTable({ items, label, referenceHeader, amountHeader, sx }: Props) {
  return (
    <Table aria-label={label} sx={sx}>
      <TableHead>
        <TableRow>
          <TableCell>Concepto</TableCell>
          <TableCell>{referenceHeader}</TableCell>
          <TableCell>Vence</TableCell>
          <TableCell align="right">{amountHeader}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.lineNo}>
            <TableCell>{item.concept}</TableCell>
            <TableCell>{item.reference ?? '—'}</TableCell>
            <TableCell>{item.dueOn ? formatDate(item.dueOn) : '—'}</TableCell>
            <TableCell align="right">{formatMoney(item.amount)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
