import { CURRENCY_DECIMALS, decimalMark, formatPlainNumber, formatSheetInstant, type Currency } from '../../../format/format';
import { dailySections, type Cell, type Column, type DailyReport } from '../../../documents/informe/daily-sections';
import { headingLines, isInstant, spreadsheetAmount, type ExportMeta } from './export-meta';

/**
 * The informe diario as one CSV file for Excel in the company's locale: numbers with its
 * decimal mark, fields separated by what is not that mark (`;` in es-CO, where the comma is the
 * decimal separator; `,` in es-MX), a UTF-8 byte order mark so accents read right, CRLF line
 * ends, and the sections one after another with a blank line between them.
 */
export const csvSeparator = (): string => (decimalMark() === ',' ? ';' : ',');
const BOM = '\uFEFF';
const EOL = '\r\n';

/** Text Excel would run as a formula (=, +, -, @) is kept as text with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText(s: string, separator = csvSeparator()): string {
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  const quote = safe.includes(separator) || /["\r\n]/.test(safe) || safe.trim() !== safe;
  return quote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvCell(cell: Cell, column: Column | undefined, currency: Currency): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const isMoney = column?.kind === 'money' || column?.kind === 'difference';
    return isMoney ? formatPlainNumber(spreadsheetAmount(cell, currency), CURRENCY_DECIMALS[currency]) : String(cell);
  }
  return csvText(column && isInstant(column) ? formatSheetInstant(cell) : cell);
}

const line = (cells: readonly string[]) => cells.join(csvSeparator());

export function dailyCsv(report: DailyReport, meta: ExportMeta): string {
  const blocks = [headingLines(report, meta).map(([label, value]) => line([csvText(label), csvText(value)]))];
  for (const section of dailySections(report)) {
    const row = (cells: readonly Cell[]) => line(cells.map((c, i) => csvCell(c, section.columns[i], report.currency)));
    blocks.push([
      csvText(section.title),
      line(section.columns.map((c) => csvText(c.header))),
      ...section.rows.map(row),
      ...(section.total ? [row(section.total)] : []),
    ]);
  }
  return BOM + blocks.map((lines) => lines.join(EOL)).join(EOL + EOL) + EOL;
}
