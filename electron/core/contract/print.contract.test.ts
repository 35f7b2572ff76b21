import { describe, expect, it } from 'vitest';
import { documentNumber, testPageNumber } from './print.contract';

describe('testPageNumber', () => {
  it('names the workstation with what a document number allows', () => {
    expect(testPageNumber('VENTANILLA-01')).toBe('PRUEBA-VENTANILLA-01');
    expect(testPageNumber('caja.ñuñoa pc_2')).toBe('PRUEBA-CAJA-NUNOA-PC-2');
    expect(testPageNumber('  ')).toBe('PRUEBA-EQUIPO');
    const long = testPageNumber('OFICINA-COMERCIAL-SEDE-PRINCIPAL-VENTANILLA-07');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toBe('PRUEBA-OFICINA-COMERCIAL-SEDE-PRINCIPAL');
  });

  it('always satisfies the print contract, whatever the workstation is called', () => {
    for (const name of ['', 'é', '---', 'A'.repeat(80), 'PC 1/2\\3', 'OFICINA-COMERCIAL-SEDE-PRINCIPAL-X-Y']) {
      expect(documentNumber.safeParse(testPageNumber(name)).success).toBe(true);
    }
  });
});
