import { describe, expect, it } from 'vitest';
import { summary } from '../../test/fixtures';
import { fitsSearch, searchRequest } from './search-type';

describe('tipo de búsqueda', () => {
  it('by código asks for digits only', () => {
    expect(searchRequest('CODIGO', ' 100001 ')).toEqual({ type: 'CODIGO', query: '100001' });
    expect(searchRequest('CODIGO', '')).toEqual({ problem: 'Código del suscriptor: es obligatorio' });
    expect(searchRequest('CODIGO', '10A01')).toEqual({ problem: 'Código del suscriptor: solo dígitos' });
  });

  it('by cédula takes the digits as people write them, and refuses letters', () => {
    expect(searchRequest('CEDULA', '40.781.235')).toEqual({ type: 'CEDULA', query: '40781235' });
    expect(searchRequest('CEDULA', 'abc')).toEqual({ problem: 'Cédula: escriba al menos 3 dígitos, sin letras' });
    expect(searchRequest('CEDULA', '12')).toHaveProperty('problem');
  });

  it('by nombre needs two letters and no digits', () => {
    expect(searchRequest('NOMBRE', '  Muñoz  torres ')).toEqual({ type: 'NOMBRE', query: 'munoz torres' });
    expect(searchRequest('NOMBRE', 'a')).toHaveProperty('problem');
    expect(searchRequest('NOMBRE', 'calle 5')).toHaveProperty('problem');
  });

  it('keeps only the matches of the kind asked for', () => {
    const esperanza = summary('100001', 'Esperanza Torres Muñoz', { ownerDocument: '40781235', address: 'Calle Torreón 5' });
    const other = summary('100002', 'Pedro Pérez', { ownerDocument: '1040781235', address: 'Barrio Torres' });
    const byName = searchRequest('NOMBRE', 'torr munoz');
    const byDocument = searchRequest('CEDULA', '4078');
    if ('problem' in byName || 'problem' in byDocument) throw new Error('búsqueda no válida');
    expect([esperanza, other].filter((s) => fitsSearch(byName, s))).toEqual([esperanza]);
    expect([esperanza, other].filter((s) => fitsSearch(byDocument, s))).toEqual([esperanza]);
  });
});
