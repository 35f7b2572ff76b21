import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { CURRENCY_DECIMALS, type OfficeFormat } from '../core/contract/company.contract';
import { csvRows, csvSeparatorFor } from '../../renderer/src/format/csv';
import type { ColumnKind, Value } from './columns';

/** Writes an export's rows as they are read, a page at a time, and gives the file's bytes at the end. */
export interface FileWriter {
  add(rows: readonly Value[][]): void;
  finish(): Promise<Uint8Array>;
}

export interface Layout {
  sheet: string;
  columns: readonly { header: string; kind: ColumnKind; width: number }[];
}

/** The decimal mark of the company's locale (es-CO: the comma). */
const decimalMarkOf = (locale: string) =>
  new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';

/** Minor units → the currency's units, the number a spreadsheet adds up. */
const units = (amount: number, office: OfficeFormat) => amount / 10 ** CURRENCY_DECIMALS[office.currency];

function inUnits(layout: Layout, office: OfficeFormat, row: readonly Value[]): Value[] {
  return row.map((v, i) => (layout.columns[i]!.kind === 'money' && typeof v === 'number' ? units(v, office) : v));
}

/** CSV: the shared writer (renderer/src/format/csv.ts), one chunk per page, the header and BOM in the first. */
export function csvWriter(layout: Layout, office: OfficeFormat): FileWriter {
  const separator = csvSeparatorFor(decimalMarkOf(office.locale));
  const chunks: string[] = [csvRows([layout.columns.map((c) => c.header)], { separator, bom: true })];
  return {
    add(rows) {
      if (rows.length)
        chunks.push(
          csvRows(
            rows.map((r) => inUnits(layout, office, r)),
            { separator, bom: false },
          ),
        );
    },
    finish: async () => new TextEncoder().encode(chunks.join('')),
  };
}

/** An Excel date for an office's civil date and hour: its serial number is the wall clock's. */
const sheetDate = (date: string, time = '00:00:00') => new Date(`${date}T${time}Z`);
/** An hour alone is a fraction of a day, on Excel's day zero. */
const sheetTime = (time: string) => sheetDate('1899-12-30', time);

const NUMBER_FORMATS: Record<ColumnKind, (office: OfficeFormat) => string | undefined> = {
  text: () => undefined,
  int: () => '0',
  money: (office) => (CURRENCY_DECIMALS[office.currency] ? '#,##0.00' : '#,##0'),
  date: () => 'dd/mm/yyyy',
  time: () => 'hh:mm:ss',
};

function sheetValue(kind: ColumnKind, value: Value): string | number | Date | null {
  if (value === null || value === '') return kind === 'text' ? value : null;
  if (kind === 'date' && typeof value === 'string') return sheetDate(value);
  if (kind === 'time' && typeof value === 'string') return sheetTime(value);
  return value;
}

/**
 * XLSX: exceljs's streaming writer, each row committed as it comes so a 200,000-row padrón is
 * never a workbook in memory; typed cells (numbers, dates), the header bold and frozen.
 */
export function xlsxWriter(layout: Layout, office: OfficeFormat, meta: { creator: string; created: Date }): FileWriter {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = meta.creator;
  workbook.created = meta.created;
  const sheet = workbook.addWorksheet(layout.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = layout.columns.map((c, i) => {
    const numFmt = NUMBER_FORMATS[c.kind](office);
    return { header: c.header, key: String(i), width: c.width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  return {
    add(rows) {
      for (const row of rows) {
        sheet.addRow(inUnits(layout, office, row).map((v, i) => sheetValue(layout.columns[i]!.kind, v))).commit();
      }
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      return Buffer.concat(chunks);
    },
  };
}
