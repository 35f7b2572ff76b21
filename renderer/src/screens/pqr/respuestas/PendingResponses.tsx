import type { PendingResponseRow } from '../../../../../electron/core/contract/responses.contract';
import { PQR_STATUS_LABEL } from '../../../../../electron/core/pqr/states';
import { PickTable } from '../../../components/PickTable';
import { formatDate } from '../../../format/format';

interface Props {
  rows: readonly PendingResponseRow[];
  selected: string | null;
  onPick(row: PendingResponseRow): void;
}

/** The trámites waiting for their response, the one due first on top; Enter or a click opens one. */
export function PendingResponses({ rows, selected, onPick }: Props) {
  return (
    <PickTable
      label="Trámites por responder"
      rows={rows}
      keyOf={(r) => r.filingNumber}
      selected={selected}
      onPick={onPick}
      empty="No hay trámites por responder."
      columns={[
        { header: 'Radicado', mono: true, cell: (r) => r.filingNumber },
        { header: 'Suscriptor · usuario', cell: (r) => `${r.subscriberCode} · ${r.partyName}` },
        { header: 'Causal', cell: (r) => `${r.service} · ${r.cause}` },
        { header: 'Estado', cell: (r) => (r.hasReport ? 'Con informe' : PQR_STATUS_LABEL[r.status]) },
        { header: 'Vence', cell: (r) => formatDate(r.dueOn) },
      ]}
    />
  );
}
