import { formatCurrency, formatDate, formatInstant } from '../../format/format';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import type { Signer } from '../layout/SignatureBlock';
import { CLOSE_COPY_LABELS, differenceLabel } from './caja-text';
import { CountTable, MethodsTable, ReceiptsTable, VoidsTable, type CloseReport } from './CloseTables';
import { LabelledCopies } from '../layout/LabelledCopies';

interface Props {
  /** The report of a closed session (cash.close or cash.closeReport after the close). */
  report: CloseReport;
  company: Company;
  reprint: number;
}

/**
 * CORTE DE CAJA (its CC number): the blind count, what the drawer should hold, the
 * sobrante or faltante with its explanation, the day's receipts and voids; signed by the
 * cashier who hands over and the supervisor who receives, in two copies.
 */
export function CloseReportDocument({ report, company, reprint }: Props) {
  const { session } = report;
  const money = (n: number) => formatCurrency(n, report.currency);
  const label = differenceLabel(report.difference);
  const signers: Signer[] = [
    { name: session.cashier.fullName, document: session.cashier.documentNumber, role: 'Cajero(a) que entrega' },
    { name: '', document: '', role: 'Supervisor(a) que recibe' },
  ];
  return (
    <LabelledCopies
      company={company}
      type="CORTE_CAJA"
      number={session.closeNumber ?? ''}
      date={report.closedAt ?? session.openedAt}
      reprint={reprint}
      copies={CLOSE_COPY_LABELS.map((copy) => ({ label: copy, signers }))}
    >
      <Section title="Sesión de caja">
        <Fields>
          <Field label="Cajero(a)" span={2}>
            {session.cashier.fullName}
          </Field>
          <Field label="Puesto">{session.workstation}</Field>
          <Field label="Día de la caja">{formatDate(session.businessDate)}</Field>
          <Field label="Apertura">{formatInstant(session.openedAt)}</Field>
          <Field label="Cierre">{report.closedAt ? formatInstant(report.closedAt) : '—'}</Field>
          <Field label="Base de caja">{money(session.openingFloat)}</Field>
          <Field label="Recibos">{String(report.receipts.length)}</Field>
        </Fields>
      </Section>
      <div className="doc-close-grid">
        <Section title="Arqueo por denominación">
          <CountTable report={report} />
        </Section>
        <div>
          <Section title="Resultado del arqueo">
            <table className="doc-table doc-close-result" aria-label="Resultado del arqueo">
              <tbody>
                <tr>
                  <th>Efectivo contado</th>
                  <td className="doc-money">{money(report.countedCash)}</td>
                </tr>
                <tr>
                  <th>Efectivo esperado (base + efectivo recaudado)</th>
                  <td className="doc-money">{money(report.expectedCash)}</td>
                </tr>
                <tr className="doc-total">
                  <th>{label}</th>
                  <td className="doc-money">{money(Math.abs(report.difference))}</td>
                </tr>
              </tbody>
            </table>
          </Section>
          <Section title="Recaudo por medio de pago">
            <MethodsTable report={report} />
          </Section>
        </div>
      </div>
      <Section title="Observación">
        <p className="doc-note">{report.note}</p>
      </Section>
      <Section title="Recibos" breakable>
        <ReceiptsTable report={report} />
      </Section>
      <Section title="Anulaciones" breakable>
        <VoidsTable report={report} />
      </Section>
    </LabelledCopies>
  );
}
