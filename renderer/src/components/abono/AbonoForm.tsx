import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import type { PartyRow } from '../party/party-draft';
import type { CouponView, OwedView } from './abono-draft';
import { AbonoFields } from './AbonoFields';

interface Props {
  subscriberCode: string;
  /** Who asks, when already known (the solicitante of an estado de cuenta). */
  party?: PartyRow | null;
  onIssued(coupon: CouponView): void;
  /** The account owes nothing: there is no coupon to make. */
  onNothingOwed?(): void;
}

/** RECAUDO → ABONO for one subscriber: what is owed, read fresh, then the form over it. */
export function AbonoForm({ subscriberCode, party = null, onIssued, onNothingOwed }: Props) {
  const [owed, setOwed] = useState<OwedView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void call('coupons.owed', { code: subscriberCode }).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error.message);
      setOwed(result.data);
      if (result.data.items.length === 0) onNothingOwed?.();
    });
    return () => {
      current = false;
    };
    // Read once per form: a new subscriber or a new coupon is a new form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subscriberCode]);

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!owed) return <LinearProgress aria-label="Cargando deudas" />;
  if (owed.items.length === 0) {
    return (
      <Alert severity="success" role="status">
        El suscriptor {owed.subscriber.code} ({owed.subscriber.ownerName}) no tiene deudas pendientes: no hay nada que pagar.
      </Alert>
    );
  }
  return <AbonoFields owed={owed} party={party} onIssued={onIssued} />;
}
