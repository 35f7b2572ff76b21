import { CURRENCY_DECIMALS, formatNumber, formatSheetInstant, type Currency } from '../../../format/format';
import { dailySections, type Cell, type Column, type DailyReport, type Section } from '../../../documents/informe/daily-sections';
import { headingLines, isInstant, spreadsheetAmount, type ExportMeta } from './export-meta';
import { buildXlsx, type NumberFormat, type XlsxRow, type XlsxSheet, type XlsxValue } from './xlsx';

/**
 * The informe diario as an Excel workbook: one sheet per section, Totales first with who
 * generated it and when. Amounts are numbers (not text), so the sheet can add them up.
 */

const isMoney = (column: Column) => column.kind === 'money' || column.kind === 'difference';

function value(cell: Cell, column: Column, currency: Currency): XlsxValue {
  if (typeof cell === 'number') return isMoney(column) ? spreadsheetAmount(cell, currency) : cell;
  if (cell !== null && isInstant(column)) return formatSheetInstant(cell);
  return cell;
}

function format(column: Column, currency: Currency): NumberFormat {
  if (!isMoney(column)) return 'general';
  return CURRENCY_DECIMALS[currency] ? 'thousands2' : 'thousands';
}

/** How long a value looks in a cell, to size its column. */
const shown = (v: XlsxValue) => (v === null ? '' : typeof v === 'number' ? formatNumber(v, 2) : v);

/** Wide enough for the longest value of each column, within reason. */
function widths(rows: readonly XlsxRow[], columns: number): number[] {
  return Array.from({ length: columns }, (_, c) =>
    Math.min(60, Math.max(10, ...rows.map((r) => shown(r.cells[c] ?? null).length + 2))),
  );
}

function sectionSheet(section: Section, currency: Currency, heading: XlsxRow[]): XlsxSheet {
  const convert = (cells: readonly Cell[]) => cells.map((c, i) => value(c, section.columns[i]!, currency));
  const table: XlsxRow[] = [
    { style: 'header', cells: section.columns.map((c) => c.header) },
    ...section.rows.map((cells) => ({ cells: convert(cells) })),
    ...(section.total ? [{ style: 'total' as const, cells: convert(section.total) }] : []),
  ];
  const rows = heading.length ? [...heading, { cells: [] }, ...table] : table;
  const columnWidths = widths(table, section.columns.length);
  return {
    name: section.sheet,
    columns: section.columns.map((c, i) => ({
      // The heading's labels sit in the first column: room for them too.
      width: i === 0 ? Math.max(columnWidths[i]!, ...heading.map((h) => shown(h.cells[0] ?? null).length + 2)) : columnWidths[i]!,
      format: format(c, currency),
    })),
    rows,
    freezeRows: heading.length ? undefined : 1,
  };
}

export function dailyXlsx(report: DailyReport, meta: ExportMeta): Uint8Array<ArrayBuffer> {
  const [first, ...rest] = headingLines(report, meta);
  const heading: XlsxRow[] = [
    { style: 'title', cells: [first![0].toUpperCase(), first![1]] },
    ...rest.map((cells) => ({ cells })),
  ];
  const sheets = dailySections(report).map((section) =>
    sectionSheet(section, report.currency, section.id === 'totals' ? heading : []),
  );
  return buildXlsx(sheets, {
    title: `Informe diario ${report.date}`,
    creator: meta.generatedBy,
    created: new Date(meta.generatedAt),
  });
}
