/**
 * The office's money and language, with no schema: the renderer's first screen (the login) reads
 * them without loading the contract.
 */
export const CURRENCIES = ['COP', 'MXN'] as const;
export type Currency = (typeof CURRENCIES)[number];
/** Decimals of the core's minor units: pesos colombianos have none, pesos mexicanos count centavos. */
export const CURRENCY_DECIMALS: Record<Currency, number> = { COP: 0, MXN: 2 };
export const LOCALES = ['es-CO', 'es-MX'] as const;
