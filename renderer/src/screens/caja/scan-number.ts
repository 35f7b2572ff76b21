import { couponNumber } from '../../../../electron/core/contract/coupons.contract';
import { invoiceNumber } from '../../../../electron/core/contract/invoices.contract';

/** What the CAJA field read: a coupon to pay, or (seed 004) a factura's number. */
export type ScannedNumber =
  { ok: true; kind: 'CUPON' | 'FACTURA'; number: string } | { ok: false; number: string; message: string };

export const SCAN_FORMAT = 'Número: el del cupón (CUP-2026-000123) o el de la factura (FAC-2026-000123)';

/**
 * What the field received, as the number the core knows. A keyboard-wedge scanner types
 * CUP-2026-000123 + Enter, but a person may type it in lowercase or with spaces, and a scanner
 * set to another keyboard layout may send the dashes as ' or ?. The digits decide:
 * "cup 2026 000123", "CUP'2026'000123" and "2026000123" are all CUP-2026-000123 (the
 * barcode carries the coupon's); a factura is typed from the paper with its FAC prefix.
 * Anything else comes back trimmed and uppercased, with the formats the field takes.
 */
export function readScannedNumber(typed: string): ScannedNumber {
  const upper = typed.trim().toUpperCase();
  const match = /^(CUP|FAC)?[^A-Z0-9]*(\d{4})[^A-Z0-9]*(\d{6})$/.exec(upper);
  const number = match ? `${match[1] ?? 'CUP'}-${match[2]}-${match[3]}` : upper;
  if (invoiceNumber.safeParse(number).success) return { ok: true, kind: 'FACTURA', number };
  if (couponNumber.safeParse(number).success) return { ok: true, kind: 'CUPON', number };
  return { ok: false, number, message: SCAN_FORMAT };
}
