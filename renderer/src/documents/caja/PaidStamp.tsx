import { formatDate, formatTime } from '../../format/format';
import { invoiceLabel } from './caja-text';

interface Props {
  receiptNumber: string;
  paidAt: string;
  cashier: string;
  /** The facturas the payment went to: the seed's stamp is put on the factura itself. */
  invoices: readonly string[];
}

/** The cash desk's PAGADO stamp: date, time, cashier, receipt number and the factura paid (SPEC §3.2, seed 004). */
export function PaidStamp({ receiptNumber, paidAt, cashier, invoices }: Props) {
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
        {invoices.length > 0 && (
          <>
            <dt>{invoiceLabel(invoices)}</dt>
            <dd className="doc-paid-number">{invoices.join(', ')}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
