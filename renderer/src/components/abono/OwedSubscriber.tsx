import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { formatMoney } from '../../format/format';
import { STATUS_COLORS, STATUS_LABELS } from '../../format/labels';
import type { OwedView } from './abono-draft';

function Figure({ label, value, alert = false }: { label: string; value: number; alert?: boolean }) {
  return (
    <Box sx={{ textAlign: 'right' }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography
        component="div"
        aria-label={label}
        sx={{ fontWeight: 700, fontSize: '1.15rem', color: alert ? 'error.main' : undefined }}
      >
        {formatMoney(value)}
      </Typography>
    </Box>
  );
}

/** Whose debts these are, and what they add up to. */
export function OwedSubscriber({ owed }: { owed: OwedView }) {
  const { subscriber } = owed;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={`Suscriptor ${subscriber.code}`}
      sx={{ display: 'flex', alignItems: 'center', gap: 2.5, px: 2, py: 0.75, borderLeft: 4, borderLeftColor: 'primary.main' }}
    >
      <Typography sx={{ fontSize: '1.35rem', fontWeight: 700, fontFamily: 'monospace' }}>{subscriber.code}</Typography>
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }} noWrap>
          {subscriber.ownerName}
        </Typography>
        <Typography variant="body2" color="text.secondary" noWrap>
          {subscriber.address} · {subscriber.neighborhood} · Ruta {subscriber.routeCode}
        </Typography>
      </Box>
      <Chip label={STATUS_LABELS[subscriber.status]} color={STATUS_COLORS[subscriber.status]} sx={{ fontWeight: 700 }} />
      <Box sx={{ ml: 'auto', display: 'flex', gap: 3 }}>
        <Figure label="Total adeudado" value={owed.total} />
        <Figure label="Vencido" value={owed.overdue} alert={owed.overdue > 0} />
      </Box>
    </Paper>
  );
}
