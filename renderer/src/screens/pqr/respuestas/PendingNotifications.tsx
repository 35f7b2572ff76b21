import type { PendingNotificationRow } from '../../../../../electron/core/contract/notifications.contract';
import { PickTable } from '../../../components/PickTable';
import { formatInstant } from '../../../format/format';
import { KIND_LABELS, RESULT_LABELS } from './notification-text';

interface Props {
  rows: readonly PendingNotificationRow[];
  selected: string | null;
  onPick(filingNumber: string): void;
}

/** Trámites RESPONDIDO whose letter waits to be notified, oldest letter first. */
export function PendingNotifications({ rows, selected, onPick }: Props) {
  return (
    <PickTable
      label="Trámites por notificar"
      rows={rows}
      keyOf={(r) => r.filingNumber}
      selected={selected}
      onPick={(r) => onPick(r.filingNumber)}
      empty="No hay oficios por notificar."
      columns={[
        { header: 'Radicado', mono: true, cell: (r) => r.filingNumber },
        {
          header: 'Oficio',
          cell: (r) => (
            <>
              {r.letterNumber}
              <br />
              <small>{formatInstant(r.letterDate)}</small>
            </>
          ),
        },
        {
          header: 'Suscriptor · usuario',
          cell: (r) => (
            <>
              {r.subscriberCode} · {r.partyName}
              {r.emailConsent && <small> · autoriza correo</small>}
            </>
          ),
        },
        {
          header: 'Último intento',
          cell: (r) =>
            r.lastAttempt
              ? `${KIND_LABELS[r.lastAttempt.kind]}: ${RESULT_LABELS[r.lastAttempt.result].toLowerCase()}`
              : 'Ninguno',
        },
      ]}
    />
  );
}
