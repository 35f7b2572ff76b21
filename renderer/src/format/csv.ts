import { decimalMark } from './format';

/**
 * A table as a CSV file that Excel opens right in the company's locale: fields separated by
 * what is not its decimal mark (`;` where the comma is decimal), a UTF-8 byte order mark for
 * the accents, CRLF line ends. Text that a spreadsheet would run as a formula is kept as text.
 */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const separator = decimalMark() === ',' ? ';' : ',';
  const cell = (value: string) => {
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    const quoted = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
    return quoted ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [header, ...rows].map((cells) => cells.map(cell).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
