import { formatDate } from '../../format/format';
import type { Money } from '../money';
import { Barcode } from '../layout/Barcode';

interface Props {
  number: string;
  total: number;
  validUntil: string;
  money: Money;
}

/**
 * What the cashier needs at a glance: a large Code 128 of the coupon number alone (a
 * keyboard-wedge scanner types it into CAJA's field, then Enter), the amount and the due date.
 */
export function PaymentStrip({ number, total, validUntil, money }: Props) {
  return (
    <div className="doc-pay">
      <div className="doc-pay-barcode">
        <Barcode value={number} />
      </div>
      <dl className="doc-pay-facts">
        <div>
          <dt>Cupón N.º</dt>
          <dd>{number}</dd>
        </div>
        <div>
          <dt>Total a pagar</dt>
          <dd className="doc-pay-total">{money(total)}</dd>
        </div>
        <div>
          <dt>Páguese hasta</dt>
          <dd>{formatDate(validUntil)}</dd>
        </div>
      </dl>
    </div>
  );
}
