// @vitest-environment node
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildXlsx, columnName, escapeXml, type XlsxSheet } from './xlsx';

const PROPS = { title: 'Prueba', creator: 'Ventanilla', created: new Date('2026-11-23T12:00:00Z') };
const sheet = (name: string, cells: (string | number | null)[][] = [['a']]): XlsxSheet => ({
  name,
  columns: [{ width: 12 }, { width: 12, format: 'thousands' }],
  rows: cells.map((c) => ({ cells: c })),
});

describe('xlsx writer', () => {
  it('names columns past Z and escapes what XML cannot carry', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(escapeXml('a<b>&"c"\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });

  it('packs the parts Excel needs, the first sheet selected', () => {
    const files = unzipSync(buildXlsx([sheet('Uno'), sheet('Dos')], PROPS));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toContain('tabSelected="1"');
    expect(strFromU8(files['xl/worksheets/sheet2.xml']!)).not.toContain('tabSelected');
  });

  it('keeps text as typed (spaces, symbols, accents) and numbers as numbers', async () => {
    const bytes = buildXlsx(
      [
        sheet('Datos & más', [
          [' Ñandú <b> ', 1234567],
          ['x', -5.5],
          [null, 0],
        ]),
      ],
      PROPS,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = workbook.getWorksheet('Datos & más')!;
    expect(ws.getCell('A1').value).toBe(' Ñandú <b> ');
    expect(ws.getCell('B1').value).toBe(1_234_567);
    expect(ws.getCell('B2').value).toBe(-5.5);
    expect(ws.getCell('A3').value).toBeNull();
    expect(ws.getCell('B3').value).toBe(0);
    expect(ws.getColumn(1).width).toBe(12);
  });

  it('refuses sheet names Excel would reject', () => {
    expect(() => buildXlsx([sheet('a/b')], PROPS)).toThrow('Nombre de hoja no válido');
    expect(() => buildXlsx([sheet('x'.repeat(32))], PROPS)).toThrow('Nombre de hoja no válido');
    expect(() => buildXlsx([sheet('Hoja'), sheet('HOJA')], PROPS)).toThrow('Nombre de hoja no válido');
    expect(() => buildXlsx([], PROPS)).toThrow();
  });
});
