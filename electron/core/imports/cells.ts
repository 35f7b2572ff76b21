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

/**
 * Reads the cells of one row after another (one reader per batch: a row is `at()` it). Every
 * reader method returns the value or throws a CellRefusal naming the field.
 */
export class Cells {
  private row: RawRow = {};
  private readonly labels: ReadonlyMap<string, string>;

  constructor(fields: readonly ImportField[]) {
    this.labels = new Map(fields.map((f) => [f.key, f.label]));
  }

  at(row: RawRow): this {
    this.row = row;
    return this;
  }

  refuse(key: string, why: string): never {
    throw new CellRefusal(key, `${this.labels.get(key) ?? key}: ${why}`);
  }

  private raw(key: string): string {
    return (this.row[key] ?? '').trim();
  }

  /** Text as stored: trimmed, one line, no control characters, no formula. Empty → ''. */
  text(key: string, max: number, required = false): string {
    const value = this.raw(key);
    if (value === '') return required ? this.refuse(key, 'está vacío y es obligatorio') : '';
    if (CONTROL.test(value) || /[\r\n]/.test(value)) this.refuse(key, 'contiene saltos de línea o caracteres no válidos');
    if (FORMULA.test(value)) this.refuse(key, `empieza por «${value[0]}»: parece una fórmula de hoja de cálculo, no un dato`);
    if (value.length > max) this.refuse(key, `máximo ${max} caracteres`);
    return value;
  }

  /** A whole number of pesos or m³: digits, with "." or "," as thousands separators; decimals ",00" allowed. */
  whole(key: string, what: string, required = true): number | null {
    const raw = this.raw(key)
      .replace(/^\$\s*/, '')
      .replace(/\s/g, '');
    if (raw === '') return required ? this.refuse(key, 'está vacío y es obligatorio') : null;
    if (/^\d+$/.test(raw) && raw.length <= 12) return Number(raw);
    const m = /^(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](0{1,2}))?$/.exec(raw);
    if (!m) return this.refuse(key, `«${raw}» no es ${what} (solo dígitos, sin signo)`);
    const value = Number(m[1]!.replace(/[.,]/g, ''));
    if (!Number.isSafeInteger(value) || value > 1e12) return this.refuse(key, 'valor demasiado grande');
    return value;
  }

  /** A reading: a number with at most 3 decimals (comma or point). */
  decimal(key: string): number | null {
    const raw = this.raw(key);
    if (raw === '') return null;
    if (!/^\d{1,9}(?:[.,]\d{1,3})?$/.test(raw)) return this.refuse(key, `«${raw}» no es una lectura (p. ej. 1234 o 1234,5)`);
    return Number(raw.replace(',', '.'));
  }

  /** A date as YYYY-MM-DD or DD/MM/YYYY (the office's), checked against the calendar. */
  date(key: string): string {
    const raw = this.raw(key);
    if (raw === '') return this.refuse(key, 'está vacía y es obligatoria');
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    const dmy = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
    if (!iso && !dmy) return this.refuse(key, `«${raw}» no es una fecha (AAAA-MM-DD o DD/MM/AAAA)`);
    const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : [dmy![3]!, dmy![2]!.padStart(2, '0'), dmy![1]!.padStart(2, '0')];
    const value = `${y}-${m}-${d}`;
    const month = Number(m);
    const day = Number(d);
    const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > days) this.refuse(key, `${raw} no existe en el calendario`);
    if (value < '1950-01-01' || value > '2100-12-31') this.refuse(key, `${raw} está fuera de lo posible`);
    return value;
  }

  /** A billing period YYYY-MM (also YYYYMM or MM/YYYY). */
  period(key: string): string {
    const raw = this.raw(key);
    const iso = /^(\d{4})-?(\d{2})$/.exec(raw);
    const my = iso ? null : /^(\d{1,2})\/(\d{4})$/.exec(raw);
    if (!iso && !my) return this.refuse(key, raw === '' ? 'está vacío y es obligatorio' : `«${raw}» no es un periodo (AAAA-MM)`);
    const [y, m] = iso ? [iso[1]!, iso[2]!] : [my![2]!, my![1]!.padStart(2, '0')];
    if (Number(m) < 1 || Number(m) > 12 || Number(y) < 1950 || Number(y) > 2100) this.refuse(key, `«${raw}» no es un mes válido`);
    return `${y}-${m}`;
  }

  /** S/N, SI/NO, 1/0, X/''. */
  yesNo(key: string, required: boolean): boolean {
    const raw = plain(this.raw(key));
    if (raw === '' && !required) return false;
    if (YES.has(raw)) return true;
    if (NO.has(raw)) return false;
    return this.refuse(key, raw === '' ? 'está vacío: escriba S o N' : `«${raw}»: escriba S o N`);
  }

  /** One of a list, compared without accents or case. */
  oneOf<T extends string>(key: string, values: readonly T[], required = true): T | null {
    const raw = this.raw(key);
    if (raw === '') return required ? this.refuse(key, `está vacío: ${values.join(', ')}`) : null;
    const wanted = plain(raw);
    const hit = values.find((v) => v === wanted || plain(v) === wanted);
    return hit ?? this.refuse(key, `«${raw}» no es uno de: ${values.join(', ')}`);
  }
}

const YES = new Set(['S', 'SI', '1', 'X', 'TRUE', 'VERDADERO']);
const NO = new Set(['N', 'NO', '0', 'FALSE', 'FALSO']);
/** Upper case without accents, for comparing what people type. */
const plain = (s: string) =>
  /^[A-Z0-9]*$/.test(s)
    ? s
    : s
        .toUpperCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
