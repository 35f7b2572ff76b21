import { describe, expect, it } from 'vitest';
import { priceStages } from './price-stages';

const row = (validFrom: string, price: number) => ({ validFrom, price, createdAt: `${validFrom}T12:00:00.000Z` });

describe('priceStages', () => {
  it('marks the scheduled, the one in force, the ones before, and a price replaced for the same date', () => {
    const prices = [row('2026-12-01', 45_000), row('2026-12-01', 44_000), row('2026-11-23', 40_000), row('2024-01-01', 38_500)];
    expect(priceStages(prices, '2026-11-23')).toEqual(['PROGRAMADO', 'REEMPLAZADO', 'VIGENTE', 'ANTERIOR']);
    expect(priceStages(prices, '2026-12-01')).toEqual(['VIGENTE', 'REEMPLAZADO', 'ANTERIOR', 'ANTERIOR']);
  });
});
