import { describe, expect, it } from 'vitest';
import { stuckMeter } from './stuck-meter';

const read = (values: (number | null)[], estimated: number[] = []) =>
  values.map((reading, i) => ({ period: `2026-${String(i + 1).padStart(2, '0')}`, reading, estimated: estimated.includes(i) }));

describe('medidor detenido', () => {
  it('flags the same reading in the last N periods, counted from the latest', () => {
    expect(stuckMeter(read([100, 120, 130, 130, 130]), 3)).toEqual({ periods: 3, reading: 130, since: '2026-03' });
    expect(stuckMeter(read([130, 130, 130, 130]), 3)).toEqual({ periods: 4, reading: 130, since: '2026-01' });
  });

  it('does not flag fewer periods than the setting, nor a run that ended before the latest', () => {
    expect(stuckMeter(read([100, 130, 130]), 3)).toBeNull();
    expect(stuckMeter(read([130, 130, 130, 140]), 3)).toBeNull();
    expect(stuckMeter(read([130, 130, 130]), 4)).toBeNull();
  });

  it('an estimated period or one without a reading ends the run', () => {
    expect(stuckMeter(read([130, 130, 130, 130], [1]), 3)).toBeNull();
    expect(stuckMeter(read([130, 130, null, 130]), 3)).toBeNull();
    expect(stuckMeter(read([130, 130, null]), 2)).toBeNull();
    expect(stuckMeter([], 3)).toBeNull();
  });
});
