import { describe, expect, it } from 'vitest';
import { amountInWords, countInWords, formatRate, numberInWords } from './text';

describe('amounts in words', () => {
  it.each([
    [0, 'cero'],
    [1, 'uno'],
    [15, 'quince'],
    [16, 'dieciséis'],
    [21, 'veintiuno'],
    [22, 'veintidós'],
    [30, 'treinta'],
    [45, 'cuarenta y cinco'],
    [100, 'cien'],
    [101, 'ciento uno'],
    [500, 'quinientos'],
    [999, 'novecientos noventa y nueve'],
    [1000, 'mil'],
    [1001, 'mil uno'],
    [21_000, 'veintiún mil'],
    [101_000, 'ciento un mil'],
    [218_100, 'doscientos dieciocho mil cien'],
    [1_000_000, 'un millón'],
    [2_500_001, 'dos millones quinientos mil uno'],
    [21_000_000, 'veintiún millones'],
    [1_001_000_000, 'mil un millones'],
  ])('%i is "%s"', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it('prints pesos as Colombian documents do, with "un" before the noun', () => {
    expect(amountInWords(580_500)).toBe('QUINIENTOS OCHENTA MIL QUINIENTOS PESOS M/CTE');
    expect(amountInWords(21)).toBe('VEINTIÚN PESOS M/CTE');
    expect(amountInWords(1)).toBe('UN PESO M/CTE');
    expect(amountInWords(3_000_000)).toBe('TRES MILLONES DE PESOS M/CTE');
    expect(amountInWords(3_000_100)).toBe('TRES MILLONES CIEN PESOS M/CTE');
  });

  it('refuses what is not a whole amount', () => {
    expect(() => numberInWords(-1)).toThrow(RangeError);
    expect(() => numberInWords(1.5)).toThrow(RangeError);
  });

  it('writes counts and rates for clauses', () => {
    expect(countInWords(2)).toBe('dos (2)');
    expect(formatRate(150)).toBe('1,5 %');
    expect(formatRate(125)).toBe('1,25 %');
  });
});

describe('amounts in words in Mexican pesos', () => {
  it('counts centavos as /100 M.N.', () => {
    expect(amountInWords(58_050, 'MXN')).toBe('QUINIENTOS OCHENTA PESOS 50/100 M.N.');
    expect(amountInWords(100, 'MXN')).toBe('UN PESO 00/100 M.N.');
    expect(amountInWords(100_000_000, 'MXN')).toBe('UN MILLÓN DE PESOS 00/100 M.N.');
  });
});
