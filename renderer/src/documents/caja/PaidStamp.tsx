import { formatDate, formatTime } from '../../format/format';

interface Props {
  receiptNumber: string;
  paidAt: string;
  cashier: string;
}

/** The cash desk's PAGADO stamp: date, time, cashier and receipt number (SPEC §3.2). */
export function PaidStamp({ receiptNumber, paidAt, cashier }: Props) {
  return (
    <div className="doc-paid" aria-label={`PAGADO ${receiptNumber}`}>
      <div className="doc-paid-word">PAGADO</div>
      <dl className="doc-paid-lines">
        <dt>Fecha</dt>
        <dd>{formatDate(paidAt)}</dd>
        <dt>Hora</dt>
        <dd>{formatTime(paidAt, true)}</dd>
        <dt>Cajero(a)</dt>
        <dd>{cashier}</dd>
        <dt>Recibo</dt>
        <dd className="doc-paid-number">{receiptNumber}</dd>
      </dl>
    </div>
  );
}
