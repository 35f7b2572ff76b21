import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Currency } from '../../format/format';
import { cellText } from '../../documents/informe/cell-text';
import { totalLines, type DailyReport } from '../../documents/informe/daily-sections';

const COLORS = { shortage: '#b71c1c', overage: '#1b5e20' } as const;

const countText = (count: number, [one, many]: readonly [string, string]) => `${count} ${count === 1 ? one : many}`;

/** The day's totals at a glance: one card per line, the amount big and what it counts under it. */
export function TotalsCards({ totals, currency }: { totals: DailyReport['totals']; currency: Currency }) {
  return (
    <Box
      component="section"
      aria-label="Totales"
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 1 }}
    >
      {totalLines(totals).map((line) => {
        const color =
          line.difference && line.amount !== 0 ? (line.amount < 0 ? COLORS.shortage : COLORS.overage) : 'primary.dark';
        return (
          <Paper key={line.label} variant="outlined" sx={{ px: 1.5, py: 1 }} role="group" aria-label={line.label}>
            <Typography variant="caption" color="text.secondary" component="div">
              {line.label}
            </Typography>
            <Typography sx={{ fontSize: '1.3rem', fontWeight: 600, color, fontVariantNumeric: 'tabular-nums' }}>
              {cellText(line.amount, line.difference ? 'difference' : 'money', currency)}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {line.count === null ? 'Cajas contadas en el día' : countText(line.count, line.unit)}
            </Typography>
          </Paper>
        );
      })}
    </Box>
  );
}
