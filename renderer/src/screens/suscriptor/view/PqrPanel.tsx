import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { PQR_STATUS_LABEL } from '../../../../../electron/core/pqr/states';
import { call, type Output } from '../../../api';
import { Panel } from '../../../components/Panel';
import { formatDate } from '../../../format/format';
import { TramiteDialog } from '../../pqr/bandeja/TramiteDialog';
import { DeadlineChip } from '../../pqr/tramite/DeadlineChip';

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
          <Table stickyHeader size="small" aria-label="Trámites del suscriptor">
            <TableHead>
              <TableRow>
                <TableCell>Radicado</TableCell>
                <TableCell>Fecha</TableCell>
                <TableCell>Servicio · causal</TableCell>
                <TableCell>Estado</TableCell>
                <TableCell>Vence</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow
                  key={r.id}
                  hover
                  tabIndex={0}
                  sx={{ cursor: 'pointer' }}
                  onClick={() => setOpen(r.filingNumber)}
                  onKeyDown={(e) => e.key === 'Enter' && setOpen(r.filingNumber)}
                >
                  <TableCell sx={{ fontFamily: 'monospace' }}>{r.filingNumber}</TableCell>
                  <TableCell>{formatDate(r.filedOn)}</TableCell>
                  <TableCell>
                    {r.service} · {r.cause}
                  </TableCell>
                  <TableCell>{PQR_STATUS_LABEL[r.status]}</TableCell>
                  <TableCell>
                    <DeadlineChip deadline={r} closed={r.status === 'CERRADO'} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
