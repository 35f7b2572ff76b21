import type { CellValue, Workbook as WorkbookType } from 'exceljs';
import ExcelJS from 'exceljs';
import type { TableFile, TableRow } from './table-file';
import { TableFileError } from './table-file';

/**
 * A cell of an Excel sheet as the import reads text: numbers as digits, dates as AAAA-MM-DD,
 * a formula as the formula itself (so the import refuses it rather than trusting its result).
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'S' : 'N';
  if (typeof value === 'string') return value;
  if ('formula' in value || 'sharedFormula' in value) return `=${'formula' in value ? value.formula : value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/** The first sheet of an .xlsx: its first row the headers. */
export async function readXlsx(file: Blob & { name: string }): Promise<TableFile> {
  const workbook: WorkbookType = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(await file.arrayBuffer());
  } catch {
    throw new TableFileError(`${file.name} no es un libro de Excel .xlsx válido (guárdelo de nuevo como .xlsx o como CSV).`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new TableFileError(`${file.name} no tiene hojas con datos.`);
  const rowCells = (n: number): string[] => {
    const row = sheet.getRow(n);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    return cells;
  };
  const headers = rowCells(1);
  if (headers.filter((h) => h !== '').length < 2)
    throw new TableFileError(`${file.name}: la primera fila debe traer los nombres de las columnas.`);
  return {
    name: file.name,
    format: `Excel, hoja «${sheet.name}»`,
    headers,
    async *batches(size) {
      let batch: TableRow[] = [];
      for (let n = 2; n <= sheet.rowCount; n++) {
        const cells = rowCells(n);
        if (cells.every((c) => c === '')) continue;
        batch.push({ line: n, cells });
        if (batch.length === size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}
