// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TableFileError, detectEncoding, detectSeparator, openTableFile } from './table-file';

const file = (parts: BlobPart[], name: string) => Object.assign(new Blob(parts), { name });
async function all(table: Awaited<ReturnType<typeof openTableFile>>, size = 2) {
  const rows = [];
  for await (const batch of table.batches(size)) rows.push(batch.map((r) => [r.line, ...r.cells]));
  return rows;
}

describe('reading an import file', () => {
  it('reads a UTF-8 CSV with semicolons, quotes and line numbers, in batches', async () => {
    const table = await openTableFile(
      file(['\uFEFFcodigo;nombre\n100001;"Peña; José"\n\n100002;Ana\n100003;"Dos\nlíneas"\n'], 'a.csv'),
    );
    expect(table.headers).toEqual(['codigo', 'nombre']);
    expect(table.format).toBe('CSV separado por punto y coma, UTF-8');
    expect(await all(table)).toEqual([
      [
        [2, '100001', 'Peña; José'],
        [4, '100002', 'Ana'],
      ],
      [[5, '100003', 'Dos\nlíneas']],
    ]);
    // Read again from the start: the dry run, then the import.
    expect((await all(table, 10))[0]).toHaveLength(3);
  });

  it('detects Windows-1252 (Excel «CSV» in Spanish Windows) and tabs', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('codigo\tnombre\n1\tPe'),
      0xf1,
      ...new TextEncoder().encode('a\n'),
    ]);
    const table = await openTableFile(file([bytes], 'b.txt'));
    expect(table.format).toBe('CSV separado por tabuladores, Windows-1252 (ANSI)');
    expect(await all(table)).toEqual([[[2, '1', 'Peña']]]);
  });

  it('keeps UTF-8 when the sample cuts a character in two', () => {
    const bytes = new TextEncoder().encode('año ñ');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1), false)).toBe('utf-8');
    expect(detectSeparator('a,b;c;d')).toBe(';');
  });

  it('refuses what is not a table, saying why', async () => {
    await expect(openTableFile(file([''], 'vacio.csv'))).rejects.toThrow('está vacío');
    await expect(openTableFile(file([new Uint8Array([1, 0, 2, 3])], 'foto.csv'))).rejects.toThrow(TableFileError);
    await expect(openTableFile(file(['solo una columna\n1\n'], 'c.csv'))).rejects.toThrow('nombres de las columnas');
    const broken = await openTableFile(file(['a,b\n1,"sin cerrar\n'], 'd.csv'));
    await expect(all(broken)).rejects.toThrow('d.csv no es un CSV válido: hay comillas sin cerrar en la línea 2.');
  });

  it('reads the first sheet of an .xlsx: numbers, dates, and a formula kept as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cartera');
    sheet.addRow(['codigo', 'valor', 'vencimiento', 'nota']);
    sheet.addRow(['100001', 125000, new Date(Date.UTC(2024, 3, 20)), { formula: 'SUM(B2:B2)', result: 1 }]);
    sheet.addRow([]);
    sheet.addRow([100002, 1.5, '2024-05-01', 'ok']);
    const buffer = await workbook.xlsx.writeBuffer();
    const table = await openTableFile(file([buffer as ArrayBuffer], 'cartera.xlsx'));
    expect(table.headers).toEqual(['codigo', 'valor', 'vencimiento', 'nota']);
    expect(table.format).toBe('Excel, hoja «Cartera»');
    expect(await all(table, 10)).toEqual([
      [
        [2, '100001', '125000', '2024-04-20', '=SUM(B2:B2)'],
        [4, '100002', '1,5', '2024-05-01', 'ok'],
      ],
    ]);
  });
});
