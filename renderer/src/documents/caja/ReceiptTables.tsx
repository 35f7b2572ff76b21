import type { Output } from '../../../../electron/core/contract';
import { formatDate } from '../../format/format';
import { TENDER_METHOD_LABELS } from '../../format/labels';

export type Receipt = Output<'cash.receipt'>;
/** An amount as printed, in the office's currency. */
export type Money = (amount: number) => string;

/** What the coupon paid, line by line, with the total. */
export function PaidItemsTable({ receipt, money }: { receipt: Receipt; money: Money }) {
  return (
    <table className="doc-table" aria-label="Conceptos pagados">
      <thead>
        <tr>
          <th className="doc-center">#</th>
          <th>Concepto</th>
          <th>Documento</th>
          <th>Vence</th>
          <th className="doc-money">Valor pagado</th>
        </tr>
      </thead>
      <tbody>
        {receipt.coupon.items.map((item) => (
          <tr key={item.lineNo}>
            <td className="doc-center">{item.lineNo}</td>
            <td>{item.concept}</td>
            <td>{item.reference ?? '—'}</td>
            <td>{item.dueOn ? formatDate(item.dueOn) : '—'}</td>
            <td className="doc-money">{money(item.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="doc-total">
          <td colSpan={4}>TOTAL PAGADO</td>
          <td className="doc-money">{money(receipt.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** How it was paid: one line per tender, what was handed over in cash and the change. */
export function TendersTable({ receipt, money }: { receipt: Receipt; money: Money }) {
  return (
    <table className="doc-table" aria-label="Medios de pago">
      <thead>
        <tr>
          <th>Medio</th>
          <th>Referencia</th>
          <th className="doc-money">Recibido</th>
          <th className="doc-money">Valor</th>
        </tr>
      </thead>
      <tbody>
        {receipt.tenders.map((t, i) => (
          <tr key={i}>
            <td>{TENDER_METHOD_LABELS[t.method]}</td>
            <td>{t.reference || '—'}</td>
            <td className="doc-money">{t.tendered === null ? '—' : money(t.tendered)}</td>
            <td className="doc-money">{money(t.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>CAMBIO</td>
          <td className="doc-money">{money(receipt.change)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
