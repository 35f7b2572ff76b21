import { CURRENCY_DECIMALS, type Currency } from '../../../format/format';
import { dailySections, type Cell, type Column, type DailyReport } from '../../../documents/informe/daily-sections';
import { headingLines, spreadsheetAmount, spreadsheetInstant, type ExportMeta } from './export-meta';

/**
 * The informe diario as one CSV file for Excel in es-CO: `;` between fields (the comma is the
 * decimal separator there), a UTF-8 byte order mark so accents read right, CRLF line ends, and
 * the sections one after another with a blank line between them.
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const EOL = '\r\n';

/** Text Excel would run as a formula (=, +, -, @) is kept as text with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText(s: string, separator = CSV_SEPARATOR): string {
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  const quote = safe.includes(separator) || /["\r\n]/.test(safe) || safe.trim() !== safe;
  return quote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 1234,5 for Excel in es-CO; whole pesos stay whole. */
function csvNumber(n: number, decimals: number): string {
  return decimals ? n.toFixed(decimals).replace('.', ',') : String(n);
}

function csvCell(cell: Cell, column: Column | undefined, currency: Currency): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const isMoney = column?.kind === 'money' || column?.kind === 'difference';
    return isMoney ? csvNumber(spreadsheetAmount(cell, currency), CURRENCY_DECIMALS[currency]) : String(cell);
  }
  return csvText(column?.kind === 'instant' ? spreadsheetInstant(cell) : cell);
}

const line = (cells: readonly string[]) => cells.join(CSV_SEPARATOR);

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
