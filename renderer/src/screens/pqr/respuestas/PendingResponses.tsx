import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { PendingResponseRow } from '../../../../../electron/core/contract/responses.contract';
import { PQR_STATUS_LABEL } from '../../../../../electron/core/pqr/states';
import { formatDate } from '../../../format/format';

interface Props {
  rows: readonly PendingResponseRow[];
  selected: string | null;
  onPick(row: PendingResponseRow): void;
}

/** The trámites waiting for their response, the one due first on top; Enter or a click opens one. */
export function PendingResponses({ rows, selected, onPick }: Props) {
  return (
    <Table size="small" aria-label="Trámites por responder">
      <TableHead>
        <TableRow>
          <TableCell>Radicado</TableCell>
          <TableCell>Suscriptor · usuario</TableCell>
          <TableCell>Causal</TableCell>
          <TableCell>Estado</TableCell>
          <TableCell>Vence</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow
            key={r.filingNumber}
            hover
            selected={r.filingNumber === selected}
            tabIndex={0}
            sx={{ cursor: 'pointer' }}
            onClick={() => onPick(r)}
            onKeyDown={(e) => e.key === 'Enter' && onPick(r)}
          >
            <TableCell sx={{ fontFamily: 'monospace' }}>{r.filingNumber}</TableCell>
            <TableCell>
              {r.subscriberCode} · {r.partyName}
            </TableCell>
            <TableCell>
              {r.service} · {r.cause}
            </TableCell>
            <TableCell>{r.hasReport ? 'Con informe' : PQR_STATUS_LABEL[r.status]}</TableCell>
            <TableCell>{formatDate(r.dueOn)}</TableCell>
          </TableRow>
        ))}
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={5} sx={{ color: 'text.secondary' }}>
              No hay trámites por responder.
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
