import type { PaymentForm } from '../../../db/schema/enums';
import { formatPercent, type Currency } from '../format/format';

/** Words a document prints that the screens do not: kept here, in one place. */
export const PAYMENT_FORM_LABELS: Record<PaymentForm, string> = { CONTADO: 'CONTADO', CREDITO: 'CRÉDITO' };

/** A monthly rate in basis points as printed: 150 → "1,5 %". */
export const formatRate = (basisPoints: number): string => formatPercent(basisPoints / 100);

const UNITS = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const TEENS = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'];
const TWENTIES = [
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

function belowHundred(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  if (n < 30) return TWENTIES[n - 20]!;
  const unit = n % 10;
  return unit ? `${TENS[Math.floor(n / 10)]} y ${UNITS[unit]}` : TENS[n / 10]!;
}

function belowThousand(n: number): string {
  if (n === 100) return 'cien';
  const rest = belowHundred(n % 100);
  const hundreds = HUNDREDS[Math.floor(n / 100)]!;
  return [hundreds, rest].filter(Boolean).join(' ');
}

/** "uno" becomes "un" before a noun: veintiún mil, un millón, ciento un pesos. */
const apocope = (words: string) => words.replace(/veintiuno$/, 'veintiún').replace(/uno$/, 'un');

/** A whole number in Spanish words, as "uno" ends when it stands alone. */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`numberInWords: ${n}`);
  if (n === 0) return 'cero';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const units = n % 1000;
  const parts: string[] = [];
  if (millions) parts.push(millions === 1 ? 'un millón' : `${apocope(numberInWords(millions))} millones`);
  if (thousands) parts.push(thousands === 1 ? 'mil' : `${apocope(belowThousand(thousands))} mil`);
  if (units) parts.push(belowThousand(units));
  return parts.join(' ');
}

/**
 * The amount in words under a total, as each country's documents print it, from the core's
 * minor units: "… PESOS M/CTE" (Colombia), "… PESOS 50/100 M.N." (Mexico, in centavos).
 */
export function amountInWords(amount: number, currency: Currency = 'COP'): string {
  const pesos = currency === 'MXN' ? Math.floor(amount / 100) : amount;
  const words = apocope(numberInWords(pesos));
  const of = pesos >= 1_000_000 && pesos % 1_000_000 === 0 ? ' de' : '';
  const unit = pesos === 1 ? 'peso' : 'pesos';
  const tail = currency === 'MXN' ? `${String(amount % 100).padStart(2, '0')}/100 m.n.` : 'm/cte';
  return `${words}${of} ${unit} ${tail}`.toUpperCase();
}

/** A small count in a clause: "dos (2)". */
export const countInWords = (n: number): string => `${numberInWords(n)} (${n})`;
