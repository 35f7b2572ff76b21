/**
 * *Alto consumo* (seeds 001/002, SPEC §5): a period's consumption is high when it exceeds the
 * average of the previous periods by 35 % if that average is 40 m³ or more, by 65 % if less.
 */
export const HIGH_CONSUMPTION = { pivotM3: 40, aboveLargePct: 35, aboveSmallPct: 65 } as const;

export function highConsumptionThreshold(averageM3: number): number {
  const pct = averageM3 >= HIGH_CONSUMPTION.pivotM3 ? HIGH_CONSUMPTION.aboveLargePct : HIGH_CONSUMPTION.aboveSmallPct;
  return (averageM3 * (100 + pct)) / 100;
}

export interface ConsumptionReading {
  period: string;
  consumptionM3: number;
  estimated: boolean;
}

export interface MarkedReading extends ConsumptionReading {
  average: number | null;
  threshold: number | null;
  high: boolean;
}

/**
 * Marks each period (oldest first) against the average of up to `window` periods before it.
 * The first period has no history and is never marked.
 */
export function markHighConsumption(readings: ConsumptionReading[], window: number): MarkedReading[] {
  return readings.map((r, i) => {
    const previous = readings.slice(Math.max(0, i - window), i);
    if (previous.length === 0) return { ...r, average: null, threshold: null, high: false };
    const average = previous.reduce((s, p) => s + p.consumptionM3, 0) / previous.length;
    const threshold = highConsumptionThreshold(average);
    return {
      ...r,
      average: Math.round(average * 10) / 10,
      threshold: Math.round(threshold * 10) / 10,
      high: r.consumptionM3 > threshold,
    };
  });
}
