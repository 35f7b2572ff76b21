import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Panel } from '../../components/Panel';
import type { Currency } from '../../format/format';
import { alignOf, cellText } from '../../documents/informe/cell-text';
import type { Cell, Column, Section } from '../../documents/informe/daily-sections';

const SHORTAGE = '#b71c1c';
const OVERAGE = '#1b5e20';

function CellView({ cell, column, currency, total }: { cell: Cell; column: Column; currency: Currency; total: boolean }) {
  const off = column.kind === 'difference' && typeof cell === 'number' && cell !== 0 ? cell : null;
  const color = off === null ? undefined : off < 0 ? SHORTAGE : OVERAGE;
  return (
    <TableCell
      align={alignOf(column.kind)}
      sx={{
        fontWeight: total || off !== null ? 700 : undefined,
        color,
        whiteSpace: column.kind === 'text' ? 'normal' : 'nowrap',
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      {total && cell === '' ? '' : cellText(cell, column.kind, currency)}
    </TableCell>
  );
}

/** One section of the informe diario: its table with the closing total, or why it is empty. */
export function SectionTable({ section, currency }: { section: Section; currency: Currency }) {
  return (
    <Panel title={section.title} flush>
      <Table aria-label={section.title}>
        <TableHead>
          <TableRow>
            {section.columns.map((c) => (
              <TableCell key={c.header} align={alignOf(c.kind)}>
                {c.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {section.rows.map((row, r) => (
            <TableRow key={r} hover>
              {row.map((cell, c) => (
                <CellView key={c} cell={cell} column={section.columns[c]!} currency={currency} total={false} />
              ))}
            </TableRow>
          ))}
          {section.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={section.columns.length}>
                <Typography variant="body2" color="text.secondary">
                  {section.empty}
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {section.total && (
            <TableRow sx={{ bgcolor: '#f3f6f8' }}>
              {section.total.map((cell, c) => (
                <CellView key={c} cell={cell} column={section.columns[c]!} currency={currency} total />
              ))}
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Panel>
  );
}
