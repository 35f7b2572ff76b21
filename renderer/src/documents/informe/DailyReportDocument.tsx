import { formatLongDate } from '../../format/format';
import { ROLE_LABELS } from '../../format/labels';
import type { Role } from '../../../../db/schema/enums';
import { Field, Fields, Section } from '../layout/blocks';
import { DocumentSheet, type Company } from '../layout/DocumentSheet';
import { SignatureBlock } from '../layout/SignatureBlock';
import { formatIssued } from '../text';
import { alignOf, cellText } from './cell-text';
import { dailySections, type Cell, type Column, type DailyReport, type Section as ReportSection } from './daily-sections';

export interface ReportAuthor {
  fullName: string;
  documentNumber: string;
  role: Role;
}

interface Props {
  report: DailyReport;
  company: Company;
  reprint: number;
  /** Who read the report and signs it (a supervisor). */
  generatedBy: ReportAuthor;
  /** When the figures were read (ISO). */
  generatedAt: string;
}

export const dailyReportNumber = (date: string): string => `INF-${date}`;

const CURRENCY_NAMES = { COP: 'Pesos colombianos (COP)', MXN: 'Pesos mexicanos (MXN)' } as const;

function Row({
  cells,
  columns,
  report,
  total = false,
}: {
  cells: Cell[];
  columns: Column[];
  report: DailyReport;
  total?: boolean;
}) {
  return (
    <tr className={total ? 'doc-total' : undefined}>
      {cells.map((cell, i) => {
        const kind = columns[i]!.kind;
        const Tag = total ? 'th' : 'td';
        return (
          <Tag key={i} className={alignOf(kind) === 'right' ? 'doc-money' : undefined}>
            {total && cell === '' ? '' : cellText(cell, kind, report.currency)}
          </Tag>
        );
      })}
    </tr>
  );
}

function SectionBlock({ section, report }: { section: ReportSection; report: DailyReport }) {
  return (
    <Section title={section.title} breakable>
      <table className="doc-table doc-report-table">
        <thead>
          <tr>
            {section.columns.map((c) => (
              <th key={c.header} className={alignOf(c.kind) === 'right' ? 'doc-money' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((cells, r) => (
            <Row key={r} cells={cells} columns={section.columns} report={report} />
          ))}
          {section.rows.length === 0 && (
            <tr>
              <td colSpan={section.columns.length}>{section.empty}</td>
            </tr>
          )}
        </tbody>
        {section.total && (
          <tfoot>
            <Row cells={section.total} columns={section.columns} report={report} total />
          </tfoot>
        )}
      </table>
    </Section>
  );
}

/**
 * REPORTES → Informe diario on paper: one copy (a report the office keeps, not a document
 * handed to a user), every section with its totals, signed by the supervisor who printed it.
 */
export function DailyReportDocument({ report, company, reprint, generatedBy, generatedAt }: Props) {
  const sections = dailySections(report);
  return (
    <div className="doc">
      <DocumentSheet
        company={company}
        type="INFORME_DIARIO"
        number={dailyReportNumber(report.date)}
        date={report.date}
        reprint={reprint}
        copyLabel={`INFORME DIARIO — ${formatLongDate(report.date).toUpperCase()}`}
        signatures={
          <SignatureBlock
            name={generatedBy.fullName}
            document={generatedBy.documentNumber}
            role={`${ROLE_LABELS[generatedBy.role]} — revisó`}
          />
        }
      >
        <Section title="Informe">
          <Fields>
            <Field label="Día del informe" span={2}>
              {formatLongDate(report.date)}
            </Field>
            <Field label="Moneda" span={2}>
              {CURRENCY_NAMES[report.currency]}
            </Field>
            <Field label="Generado por" span={2}>
              {generatedBy.fullName}
            </Field>
            <Field label="Generado el" span={2}>
              {formatIssued(generatedAt)}
            </Field>
          </Fields>
        </Section>
        {sections.map((section) => (
          <SectionBlock key={section.id} section={section} report={report} />
        ))}
        <p className="doc-small">
          Recaudado: recibos del día que no han sido anulados. Sobrante (+) / faltante (−): efectivo contado en el arqueo menos el
          esperado (base de la caja más los pagos en efectivo no anulados).
        </p>
      </DocumentSheet>
    </div>
  );
}
