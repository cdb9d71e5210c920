// The bench's statistics and number formatting, shared by its parts.

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Milliseconds: more digits below 10, where the engine's figures are. */
export const ms = (value: number, digits = 1) => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(digits) : value.toFixed(0));
