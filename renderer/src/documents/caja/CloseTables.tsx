import type { Output } from '../../../../electron/core/contract';
import { formatCurrency, formatInstant, formatTime } from '../../format/format';
import { TENDER_METHOD_LABELS } from '../../format/labels';

export type CloseReport = Output<'cash.close'>;

/** The blind count as the cashier declared it, denomination by denomination. */
export function CountTable({ report }: { report: CloseReport }) {
  const money = (n: number) => formatCurrency(n, report.currency);
  return (
    <table className="doc-table" aria-label="Arqueo por denominación">
      <thead>
        <tr>
          <th>Denominación</th>
          <th className="doc-money">Cantidad</th>
          <th className="doc-money">Subtotal</th>
        </tr>
      </thead>
      <tbody>
        {report.count.map((c) => (
          <tr key={c.denomination}>
            <td>{money(c.denomination)}</td>
            <td className="doc-money">{c.quantity}</td>
            <td className="doc-money">{money(c.subtotal)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2}>TOTAL CONTADO</td>
          <td className="doc-money">{money(report.countedCash)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Collected by method, receipts not voided; the net at the foot. */
export function MethodsTable({ report }: { report: CloseReport }) {
  const money = (n: number) => formatCurrency(n, report.currency);
  return (
    <table className="doc-table" aria-label="Recaudo por medio de pago">
      <thead>
        <tr>
          <th>Medio de pago</th>
          <th className="doc-money">Recibos</th>
          <th className="doc-money">Valor</th>
        </tr>
      </thead>
      <tbody>
        {report.byMethod.map((m) => (
          <tr key={m.method}>
            <td>{TENDER_METHOD_LABELS[m.method]}</td>
            <td className="doc-money">{m.receipts}</td>
            <td className="doc-money">{money(m.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2}>NETO RECAUDADO</td>
          <td className="doc-money">{money(report.netCollected)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function ReceiptsTable({ report }: { report: CloseReport }) {
  const money = (n: number) => formatCurrency(n, report.currency);
  return (
    <table className="doc-table" aria-label="Recibos de la sesión">
      <thead>
        <tr>
          <th>Recibo</th>
          <th>Hora</th>
          <th>Cupón</th>
          <th>Suscriptor</th>
          <th>Estado</th>
          <th className="doc-money">Valor</th>
        </tr>
      </thead>
      <tbody>
        {report.receipts.length === 0 && (
          <tr>
            <td colSpan={6}>Sin recibos en esta sesión.</td>
          </tr>
        )}
        {report.receipts.map((r) => (
          <tr key={r.number}>
            <td>{r.number}</td>
            <td>{formatTime(r.paidAt)}</td>
            <td>{r.couponNumber}</td>
            <td>{r.subscriberCode}</td>
            <td>{r.voided ? 'ANULADO' : 'PAGADO'}</td>
            <td className="doc-money">{money(r.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function VoidsTable({ report }: { report: CloseReport }) {
  const money = (n: number) => formatCurrency(n, report.currency);
  return (
    <table className="doc-table" aria-label="Anulaciones">
      <thead>
        <tr>
          <th>Anulación</th>
          <th>Recibo</th>
          <th>Fecha</th>
          <th>Aprobó</th>
          <th>Motivo</th>
          <th className="doc-money">Valor</th>
        </tr>
      </thead>
      <tbody>
        {report.voids.length === 0 && (
          <tr>
            <td colSpan={6}>Sin anulaciones.</td>
          </tr>
        )}
        {report.voids.map((v) => (
          <tr key={v.number}>
            <td className="doc-nowrap">{v.number}</td>
            <td className="doc-nowrap">{v.receiptNumber}</td>
            <td className="doc-nowrap">{formatInstant(v.at)}</td>
            <td>{v.approvedBy}</td>
            <td>{v.reason}</td>
            <td className="doc-money">{money(v.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
