import type { Money } from '../money';
import type { Invoice } from './FacturaDocument';

interface Props {
  lines: Invoice['lines'];
  total: number;
  money: Money;
  totalLabel?: string;
}

/** The products of a factura (the void notice reverses the same lines). */
export function InvoiceLines({ lines, total, money, totalLabel = 'TOTAL A PAGAR' }: Props) {
  return (
    <table className="doc-table">
      <thead>
        <tr>
          <th className="doc-center">N.º</th>
          <th>Código</th>
          <th>Descripción</th>
          <th className="doc-center">Cant.</th>
          <th className="doc-money">Valor unitario</th>
          <th className="doc-money">Valor total</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.lineNo}>
            <td className="doc-center">{line.lineNo}</td>
            <td>{line.code}</td>
            <td>{line.name}</td>
            <td className="doc-center">{line.quantity}</td>
            <td className="doc-money">{money(line.unitPrice)}</td>
            <td className="doc-money">{money(line.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="doc-total">
          <th colSpan={5} className="doc-money">
            {totalLabel}
          </th>
          <td className="doc-money">{money(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
