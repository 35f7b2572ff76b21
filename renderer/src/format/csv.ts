import { stringify } from 'csv-stringify/browser/esm/sync';
import { decimalMark } from './format';

/**
 * The one CSV writer of Ventanilla (the screens' downloads and the main process's exports):
 * csv-stringify with a UTF-8 byte order mark for Excel's accents, CRLF line ends, and the
 * separator that is not the company's decimal mark (`;` in es-CO, where the comma is decimal;
 * `,` in es-MX). Text a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading
 * apostrophe, so it is kept as text.
 */

export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet must read it: never a formula. */
export const neutralise = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

export const csvSeparatorFor = (mark: string): string => (mark === ',' ? ';' : ',');
export const csvSeparator = (): string => csvSeparatorFor(decimalMark());

export interface CsvOptions {
  separator?: string;
  /** Start of a file: the byte order mark (the default). Later chunks of the same file go without it. */
  bom?: boolean;
}

/** Rows as CSV text; numbers written with the company's decimal mark. */
export function csvRows(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? csvSeparator();
  // Where the separator is the semicolon, the comma is the decimal mark.
  const mark = separator === ';' ? ',' : '.';
  return stringify(rows as CsvValue[][], {
    delimiter: separator,
    record_delimiter: 'windows',
    bom: options.bom ?? true,
    // A lone CR or LF, or spaces at either end, would be lost or split the row without quotes.
    quoted_match: [/[\r\n]/, /^\s|\s$/],
    cast: { string: neutralise, number: (n) => String(n).replace('.', mark) },
  });
}

/** A header and its rows, as one file. */
export const csvTable = (header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string =>
  csvRows([header, ...rows], options);
