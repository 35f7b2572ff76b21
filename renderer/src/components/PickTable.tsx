import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

export interface PickColumn<R> {
  header: string;
  cell(row: R): ReactNode;
  /** Numbers people read aloud (radicado, orden): monospace. */
  mono?: boolean;
}

interface Props<R> {
  label: string;
  rows: readonly R[];
  columns: readonly PickColumn<R>[];
  keyOf(row: R): string | number;
  onPick(row: R): void;
  selected?: string | number | null;
  /** What the table says when it has no rows. */
  empty: string;
  rowSx?(row: R): SxProps<Theme>;
  stickyHeader?: boolean;
}

/** A list of records to work on: Tab reaches each row, Enter or a click opens it. */
export function PickTable<R>({
  label,
  rows,
  columns,
  keyOf,
  onPick,
  selected = null,
  empty,
  rowSx,
  stickyHeader = false,
}: Props<R>) {
  return (
    <Table size="small" stickyHeader={stickyHeader} aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c.header}>{c.header}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow
            key={keyOf(r)}
            hover
            selected={selected !== null && keyOf(r) === selected}
            tabIndex={0}
            sx={[{ cursor: 'pointer' }, ...(rowSx ? [rowSx(r)] : [])] as SxProps<Theme>}
            onClick={() => onPick(r)}
            onKeyDown={(e) => e.key === 'Enter' && onPick(r)}
          >
            {columns.map((c) => (
              <TableCell key={c.header} sx={c.mono ? { fontFamily: 'monospace', whiteSpace: 'nowrap' } : undefined}>
                {c.cell(r)}
              </TableCell>
            ))}
          </TableRow>
        ))}
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={columns.length} sx={{ color: 'text.secondary' }}>
              {empty}
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
