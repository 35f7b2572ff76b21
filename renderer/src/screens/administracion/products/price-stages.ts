import type { Output } from '../../../api';

export type PriceStage = 'PROGRAMADO' | 'VIGENTE' | 'REEMPLAZADO' | 'ANTERIOR';

/**
 * What each row of a product's price history means today. The rows come newest date first
 * and, within a date, newest first: from the moment a later price is set for the same date,
 * the core applies that one instead.
 */
export function priceStages(prices: Output<'products.prices'>, today: string): PriceStage[] {
  const seen = new Set<string>();
  let inForce = false;
  return prices.map((p) => {
    if (seen.has(p.validFrom)) return 'REEMPLAZADO';
    seen.add(p.validFrom);
    if (p.validFrom > today) return 'PROGRAMADO';
    if (inForce) return 'ANTERIOR';
    inForce = true;
    return 'VIGENTE';
  });
}
