import Alert from '@mui/material/Alert';
import TableContainer from '@mui/material/TableContainer';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { subscriberQueries } from '../../../api/subscribers';
import { Panel } from '../../../components/Panel';
import { PickTable } from '../../../components/PickTable';
import { SUBSCRIBER_TRAMITE_COLUMNS, termColour } from '../../../components/tramite/tramite-columns';
import { TramiteDialog } from '../../../components/tramite/TramiteDialog';

/**
 * The subscriber's trámites, newest first, each with its term; one opens with its history
 * (what it changes there is read again by itself).
 */
export const PqrPanel = memo(function PqrPanel({ code, enabled = true }: { code: string; enabled?: boolean }) {
  const { data: rows = null, error } = useQuery({ ...subscriberQueries.tramites(code), enabled });
  const [open, setOpen] = useState<string | null>(null);

  return (
    <Panel title="Trámites PQR" flush>
      {error && <Alert severity="error">{error.message}</Alert>}
      {rows !== null && rows.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
          El suscriptor no tiene trámites radicados.
        </Typography>
      )}
      {rows !== null && rows.length > 0 && (
        <TableContainer sx={{ maxHeight: 260 }}>
          <PickTable
            stickyHeader
            label="Trámites del suscriptor"
            rows={rows}
            columns={SUBSCRIBER_TRAMITE_COLUMNS}
            keyOf={(r) => r.id}
            onPick={(r) => setOpen(r.filingNumber)}
            rowSx={termColour}
            empty=""
          />
        </TableContainer>
      )}
      {open && <TramiteDialog filingNumber={open} onClose={() => setOpen(null)} />}
    </Panel>
  );
});
