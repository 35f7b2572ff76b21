import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatMoney } from '../../../format/format';
import { STATUS_COLORS, STATUS_LABELS } from '../../../format/labels';
import type { SubscriberView } from './types';

function Amount({ label, value, alert }: { label: string; value: number; alert: boolean }) {
  return (
    <Box sx={{ textAlign: 'right' }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography
        component="div"
        aria-label={label}
        sx={{ fontSize: '1.2rem', fontWeight: 700, color: alert ? 'error.main' : 'text.primary' }}
      >
        {formatMoney(value)}
      </Typography>
    </Box>
  );
}

/** Who and what this account is, and what it owes, in one line; `actions` go at its end. */
export function SubscriberHeader({ view, actions }: { view: SubscriberView; actions?: ReactNode }) {
  return (
    <Paper
      variant="outlined"
      sx={{ display: 'flex', alignItems: 'center', gap: 2.5, px: 2, py: 1, borderLeft: 4, borderLeftColor: 'primary.main' }}
    >
      <Box>
        <Typography variant="caption" color="text.secondary" component="div">
          Código
        </Typography>
        <Typography component="h1" sx={{ fontSize: '1.45rem', fontWeight: 700, fontFamily: 'monospace', lineHeight: 1.1 }}>
          {view.code}
        </Typography>
      </Box>
      <Chip
        label={STATUS_LABELS[view.status]}
        color={STATUS_COLORS[view.status]}
        aria-label={`Estado: ${STATUS_LABELS[view.status]}`}
        sx={{ fontWeight: 700 }}
      />
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600, fontSize: '1rem' }} noWrap>
          {view.owner.fullName}
        </Typography>
        <Typography variant="body2" color="text.secondary" noWrap>
          {view.address} · {view.neighborhood} · {view.zoneName}
        </Typography>
      </Box>
      <Box sx={{ ml: 'auto', display: 'flex', gap: 3 }}>
        <Amount label="Saldo" value={view.balance} alert={false} />
        <Amount label="Vencido" value={view.overdue} alert={view.overdue > 0} />
      </Box>
      {actions}
    </Paper>
  );
}
