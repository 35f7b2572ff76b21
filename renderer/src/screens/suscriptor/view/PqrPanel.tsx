import Alert from '@mui/material/Alert';
import TableContainer from '@mui/material/TableContainer';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { call, type Output } from '../../../api';
import { Panel } from '../../../components/Panel';
import { PickTable } from '../../../components/PickTable';
import { SUBSCRIBER_TRAMITE_COLUMNS, termColour } from '../../../components/tramite/tramite-columns';
import { TramiteDialog } from '../../../components/tramite/TramiteDialog';

type Row = Output<'pqr.bySubscriber'>[number];

/** The subscriber's trámites, newest first, each with its term; one opens with its history. */
export function PqrPanel({ code, version }: { code: string; version: number }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    void call('pqr.bySubscriber', { code }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setRows(result.data);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [code, version, round]);

  return (
    <Panel title="Trámites PQR" flush>
      {error && <Alert severity="error">{error}</Alert>}
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
      {open && (
        <TramiteDialog
          filingNumber={open}
          onClose={(changed) => {
            setOpen(null);
            if (changed) setRound((n) => n + 1);
          }}
        />
      )}
    </Panel>
  );
}
