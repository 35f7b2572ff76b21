import { decimalMark } from '../format/format';

const escaped = (mark: string) => mark.replace(/[.]/g, '\\.');

/**
 * What a person types as an amount in pesos, as a number for the contract's schema to judge.
 * "12500", "12.500" and "$ 12.500" are twelve thousand five hundred (es-CO groups thousands
 * with dots; es-MX with commas, as the format module writes them); "12500,50" or "12.5" come
 * out with decimals so the schema says "pesos enteros"; anything else, or nothing, is NaN and
 * the schema asks for a value.
 */
export function parsePesos(text: string): number {
  const decimal = decimalMark();
  const group = decimal === ',' ? '.' : ',';
  const [g, d] = [escaped(group), escaped(decimal)];
  const ungrouped = (s: string) => s.split(group).join('');
  const s = text.replace(/[$\s]/g, '');
  if (/^-?\d+$/.test(s)) return Number(s);
  if (new RegExp(`^-?\\d{1,3}(${g}\\d{3})+$`).test(s)) return Number(ungrouped(s));
  if (/^-?\d+[.,]\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (new RegExp(`^-?\\d{1,3}(${g}\\d{3})+${d}\\d+$`).test(s)) return Number(ungrouped(s).replace(decimal, '.'));
  return Number.NaN;
}
