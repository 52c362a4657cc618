export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[pos] ?? NaN;
}

export const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
