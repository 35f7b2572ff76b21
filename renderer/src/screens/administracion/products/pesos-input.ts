/**
 * What a person types as an amount in pesos, as a number for the contract's schema to judge.
 * "12500", "12.500" and "$ 12.500" are twelve thousand five hundred (es-CO groups thousands
 * with dots); "12500,50" or "12.5" come out with decimals so the schema says "pesos enteros";
 * anything else, or nothing, is NaN and the schema asks for a value.
 */
export function parsePesos(text: string): number {
  const s = text.replace(/[$\s]/g, '');
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^-?\d+[.,]\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return Number.NaN;
}
