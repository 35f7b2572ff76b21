import { describe, expect, it } from 'vitest';
import { highConsumptionThreshold, markHighConsumption } from './high-consumption';

const periods = (values: number[]) =>
  values.map((c, i) => ({ period: `2026-${String(i + 1).padStart(2, '0')}`, consumptionM3: c, estimated: false }));

describe('alto consumo', () => {
  it('uses 35 % above an average of 40 m³ or more and 65 % below it', () => {
    expect(highConsumptionThreshold(40)).toBe(54);
    expect(highConsumptionThreshold(20)).toBe(33);
    expect(highConsumptionThreshold(39.9)).toBeCloseTo(65.835);
  });

  it('marks a period above the threshold of the previous periods only', () => {
    const marked = markHighConsumption(periods([20, 20, 20, 34, 33]), 6);
    expect(marked.map((m) => m.high)).toEqual([false, false, false, true, false]);
    expect(marked[0]!.average).toBeNull();
    expect(marked[3]!.threshold).toBe(33);
  });

  it('averages at most the window of previous periods', () => {
    const marked = markHighConsumption(periods([100, 100, 10, 10, 17]), 2);
    expect(marked[4]!.average).toBe(10);
    expect(marked[4]!.high).toBe(true);
  });
});
