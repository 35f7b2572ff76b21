import { describe, expect, it } from 'vitest';
import { csvRows, csvTable } from './csv';
import { DEFAULT_OFFICE, withFormat } from './format';

describe('CSV files', () => {
  it('keeps as text every cell a spreadsheet would run as a formula, numbers untouched', () => {
    const text = csvRows([['=1+1', '+57', '-2', '@A1', '\tx', '\ry', 'ok', -5000]], { separator: ';', bom: false });
    expect(text).toBe(`'=1+1;'+57;'-2;'@A1;'\tx;"'\ry";ok;-5000\r\n`);
  });

  it("uses the separator that is not the company's decimal mark, with a BOM and CRLF", () => {
    withFormat(DEFAULT_OFFICE, () => {
      expect(csvTable(['Concepto', 'Valor'], [['Pago; "total"', 1234.5]])).toBe(
        '\uFEFFConcepto;Valor\r\n"Pago; ""total""";1234,5\r\n',
      );
    });
    withFormat({ timeZone: 'America/Mexico_City', locale: 'es-MX', currency: 'MXN' }, () => {
      expect(csvTable(['a', 'b'], [['x,y', 1234.5]])).toBe('\uFEFFa,b\r\n"x,y",1234.5\r\n');
    });
  });
});
