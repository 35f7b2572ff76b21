/**
 * *Medidor detenido* (seed 004, inspección de medidor): the meter shows the same reading for
 * the last `periods` periods read in a row (a setting, 3 by default). Estimated periods and
 * periods without a reading say nothing about the meter and end the run.
 */
export interface MeterReading {
  period: string;
  reading: number | null;
  estimated: boolean;
}

export interface StuckMeter {
  /** How many periods in a row, up to the latest, show `reading`. */
  periods: number;
  reading: number;
  /** The first period of the run. */
  since: string;
}

/** Readings oldest first; the run is counted back from the latest period. */
export function stuckMeter(readings: readonly MeterReading[], periods: number): StuckMeter | null {
  const latest = readings.at(-1);
  if (!latest || latest.estimated || latest.reading === null) return null;
  let run = 0;
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i]!;
    if (r.estimated || r.reading !== latest.reading) break;
    run++;
  }
  if (run < periods) return null;
  return { periods: run, reading: latest.reading, since: readings[readings.length - run]!.period };
}
