import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { STATUS_COLORS, STATUS_LABELS } from '../../format/labels';
import type { SubscriberSummary } from './SubscriberSearch';

interface Props {
  id: string;
  subscriber: SubscriberSummary;
  selected: boolean;
  onPick(): void;
}

/** Shared by the header and the rows so the columns line up. */
const OPTION_COLUMNS = {
  display: 'grid',
  gridTemplateColumns: '64px minmax(180px, 1.3fr) 96px minmax(200px, 1.7fr) 150px 96px',
  gap: 1,
  alignItems: 'center',
  px: 1.5,
} as const;

/** Column titles above the matches; not an option, so the list stays a clean listbox. */
export function SubscriberOptionHeader() {
  return (
    <Box
      aria-hidden
      sx={{
        ...OPTION_COLUMNS,
        py: 0.5,
        position: 'sticky',
        top: 0,
        zIndex: 1,
        bgcolor: '#e3ebf0',
        fontSize: '0.72rem',
        fontWeight: 700,
        borderLeft: 3,
        borderLeftColor: 'transparent',
      }}
    >
      <Box>Código</Box>
      <Box>Titular</Box>
      <Box>Documento</Box>
      <Box>Dirección · barrio</Box>
      <Box>Zona · ruta</Box>
      <Box>Estado</Box>
    </Box>
  );
}

/** One match of the type-ahead, in columns so a long list can be scanned quickly. */
export function SubscriberOption({ id, subscriber: s, selected, onPick }: Props) {
  return (
    <Box
      component="li"
      id={id}
      role="option"
      aria-selected={selected}
      // Keep the focus in the field: the click still opens the subscriber.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPick}
      ref={(el: HTMLLIElement | null) => {
        if (selected) el?.scrollIntoView?.({ block: 'nearest' });
      }}
      sx={{
        ...OPTION_COLUMNS,
        listStyle: 'none',
        py: 0.5,
        fontSize: '0.8rem',
        cursor: 'pointer',
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: selected ? 'rgba(13, 74, 107, 0.12)' : undefined,
        borderLeft: 3,
        borderLeftColor: selected ? 'primary.main' : 'transparent',
        '&:hover': { bgcolor: 'rgba(13, 74, 107, 0.06)' },
      }}
    >
      <Box sx={{ fontWeight: 700, fontFamily: 'monospace', fontSize: '0.9rem' }}>{s.code}</Box>
      <Box sx={{ fontWeight: 500 }}>{s.ownerName}</Box>
      <Box>{s.ownerDocument}</Box>
      <Box>
        {s.address} · {s.neighborhood}
      </Box>
      <Box sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {s.zoneName} · {s.routeCode}
      </Box>
      <Box>
        <Chip label={STATUS_LABELS[s.status]} color={STATUS_COLORS[s.status]} variant="outlined" />
      </Box>
    </Box>
  );
}
