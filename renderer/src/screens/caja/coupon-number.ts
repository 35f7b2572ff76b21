/**
 * What the coupon field received, as the number the core knows. A keyboard-wedge scanner
 * types CUP-2026-000123 + Enter, but a person may type it in lowercase or with spaces, and a
 * scanner set to another keyboard layout may send the dashes as ' or ?. The digits decide:
 * "cup 2026 000123", "CUP'2026'000123" and "2026000123" are all CUP-2026-000123.
 * Anything else comes back trimmed and uppercased, for the contract's schema to refuse.
 */
export function normaliseCouponNumber(typed: string): string {
  const upper = typed.trim().toUpperCase();
  const match = /^(?:CUP)?[^A-Z0-9]*(\d{4})[^A-Z0-9]*(\d{6})$/.exec(upper);
  return match ? `CUP-${match[1]}-${match[2]}` : upper;
}
