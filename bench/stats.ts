// Small statistics shared by the benchmark modules (not a benchmark: run.ts only loads
// *.bench.ts files).

/**
 * The q-quantile (0 ≤ q ≤ 1) of `xs`, interpolating linearly between the two nearest ranks
 * (the "R-7" definition, as NumPy and spreadsheets compute it by default). `xs` is not changed.
 */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) throw new Error('quantile of no values');
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Rounded to 2 decimals, for printing and JSON. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;
