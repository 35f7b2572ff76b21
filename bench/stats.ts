/** Timing helpers for the benchmarks: figures are printed, never asserted. */

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)]!;
}

export interface Timing {
  p50: number;
  p95: number;
  p99: number;
  runs: number;
}

function sample(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Percentiles of samples taken elsewhere (e.g. measured inside a page), in ms. */
export function timing(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), runs: samples.length };
}

/** Runs `fn` for each input after a warm-up and returns its latency percentiles in ms. */
export function time<T>(inputs: T[], fn: (input: T) => unknown, warmup = 200): Timing {
  for (const input of inputs.slice(0, warmup)) fn(input);
  return timing(inputs.map((input) => sample(() => fn(input))));
}

/**
 * Like `time`, with `between` run untimed after each input: what the app does in the gaps
 * between two customers (the core's WAL checkpoint).
 */
export function timeBetween<T>(inputs: T[], fn: (input: T) => unknown, between: (index: number) => void): Timing {
  return timing(
    inputs.map((input, i) => {
      const ms = sample(() => fn(input));
      between(i);
      return ms;
    }),
  );
}

/** Two ways of doing the same thing, alternated input by input, for a fair ratio. */
export function timePair<T>(inputs: T[], a: (input: T) => unknown, b: (input: T) => unknown, warmup = 200): [Timing, Timing] {
  for (const input of inputs.slice(0, warmup)) {
    a(input);
    b(input);
  }
  const first: number[] = [];
  const second: number[] = [];
  inputs.forEach((input, i) => {
    if (i % 2 === 0) {
      first.push(sample(() => a(input)));
      second.push(sample(() => b(input)));
    } else {
      second.push(sample(() => b(input)));
      first.push(sample(() => a(input)));
    }
  });
  return [timing(first), timing(second)];
}

export const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;

/** One line of figures; `pass`, when given, adds whether the target was met (figures, not a test). */
export function report(label: string, t: Timing, target?: string, pass?: boolean): void {
  const verdict = pass === undefined ? '' : pass ? '  PASS' : '  FAIL';
  console.log(
    `  ${label.padEnd(44)} p50 ${ms(t.p50).padStart(10)}  p95 ${ms(t.p95).padStart(10)}  p99 ${ms(t.p99).padStart(10)}  (${t.runs} runs)${target ? `  target ${target}` : ''}${verdict}`,
  );
}
