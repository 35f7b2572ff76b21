import { describe, expect, it } from 'vitest';
import { price } from '../../../electron/core/contract/products.contract';
import { withFormat } from '../format/format';
import { parsePesos } from './pesos-input';

const messageOf = (text: string) => {
  const r = price.safeParse(parsePesos(text));
  return r.success ? null : r.error.issues[0]?.message;
};

describe('parsePesos', () => {
  it('reads whole pesos with or without es-CO thousands dots and the peso sign', () => {
    expect(parsePesos('12500')).toBe(12500);
    expect(parsePesos('12.500')).toBe(12500);
    expect(parsePesos('$ 1.423.500')).toBe(1423500);
    expect(parsePesos(' 7 ')).toBe(7);
  });

  it('reads thousands as the company’s locale groups them: commas in es-MX', () => {
    withFormat({ timeZone: 'America/Mexico_City', locale: 'es-MX', currency: 'MXN' }, () => {
      expect(parsePesos('$ 1,423,500')).toBe(1423500);
      expect(parsePesos('1,234.5')).toBe(1234.5);
      expect(parsePesos('12,5')).toBe(12.5);
    });
  });

  it('lets the contract explain what is wrong with anything else', () => {
    expect(messageOf('')).toBe('Precio: escriba un valor en pesos');
    expect(messageOf('doce mil')).toBe('Precio: escriba un valor en pesos');
    expect(messageOf('12.500.5')).toBe('Precio: escriba un valor en pesos');
    expect(messageOf('12500,50')).toBe('Precio: en pesos enteros, sin decimales');
    expect(messageOf('1.234,5')).toBe('Precio: en pesos enteros, sin decimales');
    expect(messageOf('12.5')).toBe('Precio: en pesos enteros, sin decimales');
    expect(messageOf('0')).toBe('Precio: debe ser mayor que cero');
    expect(messageOf('-3')).toBe('Precio: debe ser mayor que cero');
    expect(messageOf('40.000')).toBeNull();
  });
});
