import { dailyReportNumber } from '../../../../electron/core/contract/print.contract';
import { formatInstant, formatLongDate } from '../../format/format';
import { ROLE_LABELS } from '../../format/labels';
import type { Role } from '../../../../db/schema/enums';
import { Field, Fields, Section } from '../layout/blocks';
import { DocumentSheet, type Company } from '../layout/DocumentSheet';
import { SignatureBlock } from '../layout/SignatureBlock';
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

const CURRENCY_NAMES = { COP: 'Pesos colombianos (COP)', MXN: 'Pesos mexicanos (MXN)' } as const;

const numeric = (column: Column) => alignOf(column.kind) === 'right';

/** A record: its cells, then its notes (reason, observation) on a full-width line under it. */
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
  const shown = columns.map((column, i) => ({ column, cell: cells[i] ?? null })).filter(({ column }) => !column.note);
  const notes = columns
    .map((column, i) => ({ column, cell: cells[i] ?? null }))
    .filter(({ column, cell }) => column.note && typeof cell === 'string' && cell !== '');
  const Tag = total ? 'th' : 'td';
  return (
    <>
      <tr className={total ? 'doc-total' : undefined}>
        {shown.map(({ column, cell }, i) => (
          <Tag key={i} className={numeric(column) ? 'doc-money' : undefined}>
            {total && cell === '' ? '' : cellText(cell, column.kind, report.currency)}
          </Tag>
        ))}
      </tr>
      {notes.map(({ column, cell }) => (
        <tr key={column.header} className="doc-report-note">
          <td colSpan={shown.length}>
            <strong>{column.header}:</strong> {cell}
          </td>
        </tr>
      ))}
    </>
  );
}

function SectionBlock({ section, report }: { section: ReportSection; report: DailyReport }) {
  const headers = section.columns.filter((c) => !c.note);
  return (
    <Section title={section.title} breakable>
      <table className="doc-table doc-report-table">
        <thead>
          <tr>
            {headers.map((c) => (
              <th key={c.header} className={numeric(c) ? 'doc-money' : undefined}>
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
              <td colSpan={headers.length}>{section.empty}</td>
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
              {formatInstant(generatedAt)}
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
