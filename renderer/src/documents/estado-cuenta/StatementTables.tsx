import { formatDate } from '../../format/format';
import { LEDGER_KIND_LABELS } from '../../format/labels';
import type { Money } from '../money';
import type { Statement } from './StatementDocument';

/** Every debt still open, oldest first, with what is left of each. */
export function StatementOwed({ owed, money }: { owed: Statement['owed']; money: Money }) {
  if (owed.length === 0) return <p>La cuenta no tiene deudas pendientes.</p>;
  const total = owed.reduce((t, i) => t + i.outstanding, 0);
  return (
    <table className="doc-table">
      <thead>
        <tr>
          <th>Concepto</th>
          <th>Referencia</th>
          <th className="doc-center">Fecha</th>
          <th className="doc-center">Vence</th>
          <th className="doc-money">Valor</th>
          <th className="doc-money">Saldo</th>
        </tr>
      </thead>
      <tbody>
        {owed.map((item) => (
          <tr key={item.chargeId}>
            <td>
              {item.concept}
              {item.overdue && <span className="doc-tag">VENCIDA</span>}
            </td>
            <td>{item.reference ?? '—'}</td>
            <td className="doc-center">{formatDate(item.entryDate)}</td>
            <td className="doc-center">{item.dueOn ? formatDate(item.dueOn) : '—'}</td>
            <td className="doc-money">{money(item.amount)}</td>
            <td className="doc-money">{money(item.outstanding)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="doc-total">
          <th colSpan={5} className="doc-money">
            TOTAL ADEUDADO
          </th>
          <td className="doc-money">{money(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The latest movements in the order they happened, each with the balance it left. */
export function StatementMovements({ movements, money }: { movements: Statement['movements']; money: Money }) {
  if (movements.length === 0) return <p>La cuenta no tiene movimientos.</p>;
  const chronological = [...movements].sort((a, b) => a.entryDate.localeCompare(b.entryDate) || a.id - b.id);
  return (
    <table className="doc-table">
      <thead>
        <tr>
          <th className="doc-center">Fecha</th>
          <th>Concepto</th>
          <th>Tipo</th>
          <th className="doc-money">Valor</th>
          <th className="doc-money">Saldo</th>
        </tr>
      </thead>
      <tbody>
        {chronological.map((m) => (
          <tr key={m.id}>
            <td className="doc-center">{formatDate(m.entryDate)}</td>
            <td>{m.concept}</td>
            <td>{LEDGER_KIND_LABELS[m.kind]}</td>
            <td className="doc-money">{money(m.amount)}</td>
            <td className="doc-money">{money(m.balanceAfter)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
