/**
 * Bills and coins a cashier counts at the close, in minor units of the office's currency
 * (pesos colombianos have none; pesos mexicanos count centavos). Largest first.
 */
export const DENOMINATIONS = {
  COP: [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50],
  MXN: [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50],
} as const satisfies Record<'COP' | 'MXN', readonly number[]>;

export type Currency = keyof typeof DENOMINATIONS;
