import { type ImportField } from '../contract/import-kinds';

/**
 * Reading one cell of an imported file. Every reader either returns the value or throws a
 * CellRefusal saying, in Spanish, what is wrong with that column of that line.
 */
export class CellRefusal extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export type RawRow = Readonly<Record<string, string | undefined>>;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** What a spreadsheet would run as a formula when the data is opened again. */
const FORMULA = /^[=+\-@\t\r]/;

export function cellReader(fields: readonly ImportField[], row: RawRow) {
  const labelOf = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  const refuse = (key: string, why: string): never => {
    throw new CellRefusal(key, `${labelOf(key)}: ${why}`);
  };

  /** Text as stored: trimmed, one line, no control characters, no formula. Empty → ''. */
  const text = (key: string, max: number, required = false): string => {
    const value = (row[key] ?? '').trim();
    if (value === '') return required ? refuse(key, 'está vacío y es obligatorio') : '';
    if (CONTROL.test(value) || /[\r\n]/.test(value)) refuse(key, 'contiene saltos de línea o caracteres no válidos');
    if (FORMULA.test(value)) refuse(key, `empieza por «${value[0]}»: parece una fórmula de hoja de cálculo, no un dato`);
    if (value.length > max) refuse(key, `máximo ${max} caracteres`);
    return value;
  };

  /** A whole number of pesos or m³: digits, with "." or "," as thousands separators; decimals ",00" allowed. */
  const whole = (key: string, what: string, required = true): number | null => {
    const raw = (row[key] ?? '')
      .trim()
      .replace(/^\$\s*/, '')
      .replace(/\s/g, '');
    if (raw === '') return required ? refuse(key, 'está vacío y es obligatorio') : null;
    const m = /^(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](0{1,2}))?$/.exec(raw);
    if (!m) return refuse(key, `«${raw}» no es ${what} (solo dígitos, sin signo)`);
    const value = Number(m[1]!.replace(/[.,]/g, ''));
    if (!Number.isSafeInteger(value) || value > 1e12) return refuse(key, 'valor demasiado grande');
    return value;
  };

  /** A reading: a number with at most 3 decimals (comma or point). */
  const decimal = (key: string): number | null => {
    const raw = (row[key] ?? '').trim();
    if (raw === '') return null;
    if (!/^\d{1,9}(?:[.,]\d{1,3})?$/.test(raw)) return refuse(key, `«${raw}» no es una lectura (p. ej. 1234 o 1234,5)`);
    return Number(raw.replace(',', '.'));
  };

  /** A date as YYYY-MM-DD or DD/MM/YYYY (the office's), checked against the calendar. */
  const date = (key: string): string => {
    const raw = (row[key] ?? '').trim();
    if (raw === '') return refuse(key, 'está vacía y es obligatoria');
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
    if (!y) return refuse(key, `«${raw}» no es una fecha (AAAA-MM-DD o DD/MM/AAAA)`);
    const value = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
      refuse(key, `${raw} no existe en el calendario`);
    if (value < '1950-01-01' || value > '2100-12-31') refuse(key, `${raw} está fuera de lo posible`);
    return value;
  };

  /** A billing period YYYY-MM (also YYYYMM or MM/YYYY). */
  const period = (key: string): string => {
    const raw = (row[key] ?? '').trim();
    const m =
      /^(\d{4})-?(\d{2})$/.exec(raw) ??
      (/^(\d{1,2})\/(\d{4})$/.exec(raw) ? ['', raw.split('/')[1]!, raw.split('/')[0]!.padStart(2, '0')] : null);
    if (!m) return refuse(key, raw === '' ? 'está vacío y es obligatorio' : `«${raw}» no es un periodo (AAAA-MM)`);
    const month = Number(m[2]);
    if (month < 1 || month > 12 || Number(m[1]) < 1950 || Number(m[1]) > 2100) refuse(key, `«${raw}» no es un mes válido`);
    return `${m[1]}-${m[2]}`;
  };

  /** S/N, SI/NO, 1/0, X/''. */
  const yesNo = (key: string, required: boolean): boolean => {
    const raw = (row[key] ?? '')
      .trim()
      .toUpperCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    if (raw === '' && !required) return false;
    if (['S', 'SI', '1', 'X', 'TRUE', 'VERDADERO'].includes(raw)) return true;
    if (['N', 'NO', '0', 'FALSE', 'FALSO'].includes(raw)) return false;
    return refuse(key, raw === '' ? 'está vacío: escriba S o N' : `«${raw}»: escriba S o N`);
  };

  /** One of a list, compared without accents or case. */
  const oneOf = <T extends string>(key: string, values: readonly T[], required = true): T | null => {
    const raw = (row[key] ?? '').trim();
    if (raw === '') return required ? refuse(key, `está vacío: ${values.join(', ')}`) : null;
    const wanted = raw
      .toUpperCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    const hit = values.find((v) => v.normalize('NFD').replace(/[\u0300-\u036f]/g, '') === wanted);
    return hit ?? refuse(key, `«${raw}» no es uno de: ${values.join(', ')}`);
  };

  return { text, whole, decimal, date, period, yesNo, oneOf, refuse };
}

export type Cells = ReturnType<typeof cellReader>;
