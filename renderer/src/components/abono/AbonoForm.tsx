import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { couponQueries } from '../../api/coupons';
import type { PartyRow } from '../party/party-draft';
import type { CouponView } from './abono-draft';
import { AbonoFields } from './AbonoFields';

interface Props {
  subscriberCode: string;
  /** Who asks, when already known (the solicitante of an estado de cuenta). */
  party?: PartyRow | null;
  onIssued(coupon: CouponView): void;
  /** The account owes nothing: there is no coupon to make. */
  onNothingOwed?(): void;
}

/**
 * RECAUDO → ABONO for one subscriber: what is owed (read anew when the asesor opened the
 * subscriber, see couponQueries.owed), then the form over it.
 */
export function AbonoForm({ subscriberCode, party = null, onIssued, onNothingOwed }: Props) {
  const { data: owed, error } = useQuery(couponQueries.owed(subscriberCode));
  const nothingOwed = owed?.items.length === 0;

  useEffect(() => {
    if (nothingOwed) onNothingOwed?.();
    // Told once, when the answer says so (the callback is a new function at each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nothingOwed]);

  // A later read that fails leaves the form as it was.
  if (!owed) return error ? <Alert severity="error">{error.message}</Alert> : <LinearProgress aria-label="Cargando deudas" />;
  if (owed.items.length === 0) {
    return (
      <Alert severity="success" role="status">
        El suscriptor {owed.subscriber.code} ({owed.subscriber.ownerName}) no tiene deudas pendientes: no hay nada que pagar.
      </Alert>
    );
  }
  return <AbonoFields owed={owed} party={party} onIssued={onIssued} />;
}
