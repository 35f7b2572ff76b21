import { describe, expect, it } from 'vitest';
import { readScannedNumber, SCAN_FORMAT } from './scan-number';

describe('readScannedNumber', () => {
  it.each([
    ['CUP-2026-000123', 'CUP-2026-000123'],
    ['cup-2026-000123', 'CUP-2026-000123'],
    ['  CUP 2026 000123  ', 'CUP-2026-000123'],
    // A scanner set to a US layout on a Spanish keyboard sends the dash as ' or ?.
    ["CUP'2026'000123", 'CUP-2026-000123'],
    ['CUP?2026?000123', 'CUP-2026-000123'],
    ['CUP2026000123', 'CUP-2026-000123'],
    ['2026000123', 'CUP-2026-000123'],
  ])('reads %j as the coupon %s', (typed, number) => {
    expect(readScannedNumber(typed)).toEqual({ ok: true, kind: 'CUPON', number });
  });

  it.each([
    ['FAC-2026-000045', 'FAC-2026-000045'],
    ['fac-2026-000045', 'FAC-2026-000045'],
    [' fac 2026 000045 ', 'FAC-2026-000045'],
    ["FAC'2026'000045", 'FAC-2026-000045'],
    ['FAC2026000045', 'FAC-2026-000045'],
  ])('reads %j as the factura %s', (typed, number) => {
    expect(readScannedNumber(typed)).toEqual({ ok: true, kind: 'FACTURA', number });
  });

  it.each([
    ['REC-2026-000123', 'REC-2026-000123'],
    ['CUP-2026-00012', 'CUP-2026-00012'],
    ['FAC-26-000123', 'FAC-26-000123'],
    ['cupón 5', 'CUPÓN 5'],
    ['', ''],
  ])('refuses %j with the formats it takes', (typed, number) => {
    expect(readScannedNumber(typed)).toEqual({ ok: false, number, message: SCAN_FORMAT });
  });
});
