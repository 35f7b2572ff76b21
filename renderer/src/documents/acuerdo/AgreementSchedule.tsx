import { formatDate } from '../../format/format';
import type { Money } from '../money';
import type { Agreement } from './AgreementDocument';

/** The installments as signed: number, due date, principal, interest, amount, balance. */
export function AgreementSchedule({ agreement, money }: { agreement: Agreement; money: Money }) {
  const rows = agreement.installments;
  const sum = (pick: (row: Agreement['installments'][number]) => number) => rows.reduce((t, row) => t + pick(row), 0);
  return (
    <table className="doc-table doc-schedule">
      <thead>
        <tr>
          <th className="doc-center">Cuota</th>
          <th className="doc-center">Vence</th>
          <th className="doc-money">Capital</th>
          <th className="doc-money">Interés</th>
          <th className="doc-money">Valor cuota</th>
          <th className="doc-money">Saldo</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.n}>
            <td className="doc-center">
              {row.n}/{rows.length}
            </td>
            <td className="doc-center">{formatDate(row.dueOn)}</td>
            <td className="doc-money">{money(row.principal)}</td>
            <td className="doc-money">{money(row.interest)}</td>
            <td className="doc-money">{money(row.amount)}</td>
            <td className="doc-money">{money(row.balanceAfter)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th colSpan={2} className="doc-money">
            TOTALES
          </th>
          <td className="doc-money">{money(sum((r) => r.principal))}</td>
          <td className="doc-money">{money(sum((r) => r.interest))}</td>
          <td className="doc-money">{money(sum((r) => r.amount))}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
