import { formatDate } from '../../format/format';
import type { Money } from '../money';
import type { Coupon } from './CouponDocument';

/** The debts a coupon pays, oldest first, with what it pays of each. */
export function CouponItems({ items, total, money }: { items: Coupon['items']; total: number; money: Money }) {
  return (
    <table className="doc-table">
      <thead>
        <tr>
          <th className="doc-center">N.º</th>
          <th>Concepto</th>
          <th>Referencia</th>
          <th className="doc-center">Vence</th>
          <th className="doc-money">Valor</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.lineNo}>
            <td className="doc-center">{item.lineNo}</td>
            <td>{item.concept}</td>
            <td>{item.reference ?? '—'}</td>
            <td className="doc-center">{item.dueOn ? formatDate(item.dueOn) : '—'}</td>
            <td className="doc-money">{money(item.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="doc-total">
          <th colSpan={4} className="doc-money">
            TOTAL A PAGAR
          </th>
          <td className="doc-money">{money(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
