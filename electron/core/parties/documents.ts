import type { DocumentType } from '../../../db/schema/enums';

/** DIAN check digit of a NIT (módulo 11 with the DIAN weights). */
export function nitCheckDigit(base: string): number {
  const weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const digits = base.split('').reverse();
  const sum = digits.reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  const r = sum % 11;
  return r > 1 ? 11 - r : r;
}

export const DOCUMENT_LABELS: Record<DocumentType, string> = {
  CC: 'Cédula de ciudadanía',
  CE: 'Cédula de extranjería',
  NIT: 'NIT',
  TI: 'Tarjeta de identidad',
  PAS: 'Pasaporte',
  PPT: 'Permiso por protección temporal',
};

/**
 * Normalises a document number as typed (dots, spaces) and says what is wrong with it,
 * or returns the value to store: NIT as "900123456-7", the rest without separators.
 */
export function normalizeDocument(type: DocumentType, raw: string): { value: string } | { error: string } {
  const compact = raw.replace(/[\s.]/g, '').toUpperCase();
  const label = DOCUMENT_LABELS[type];
  switch (type) {
    case 'CC':
      return /^\d{5,10}$/.test(compact) ? { value: compact } : { error: `${label}: de 5 a 10 dígitos, sin letras` };
    case 'CE':
      return /^\d{3,10}$/.test(compact) ? { value: compact } : { error: `${label}: de 3 a 10 dígitos` };
    case 'TI':
      return /^\d{10,11}$/.test(compact) ? { value: compact } : { error: `${label}: de 10 u 11 dígitos` };
    case 'PPT':
      return /^\d{6,10}$/.test(compact) ? { value: compact } : { error: `${label}: de 6 a 10 dígitos` };
    case 'PAS':
      return /^[A-Z0-9]{5,15}$/.test(compact) ? { value: compact } : { error: `${label}: de 5 a 15 letras o dígitos` };
    case 'NIT': {
      const m = /^(\d{9})-?(\d)$/.exec(compact);
      if (!m) return { error: `${label}: 9 dígitos y el dígito de verificación, p. ej. 900123456-7` };
      const [, base, dv] = m as unknown as [string, string, string];
      if (nitCheckDigit(base) !== Number(dv)) return { error: `${label}: el dígito de verificación no corresponde` };
      return { value: `${base}-${dv}` };
    }
  }
}
