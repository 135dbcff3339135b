/** Latencies in 0.1 ms buckets up to 60 s (beyond lands in the last bucket); the max is kept exactly. */
export const BUCKET_MS = 0.1
const BUCKETS = 600_000

export interface LatencyHistogram {
  counts: Uint32Array
  total: number
  max: number
}

export function newHistogram(): LatencyHistogram {
  return { counts: new Uint32Array(BUCKETS), total: 0, max: 0 }
}

export function record(histogram: LatencyHistogram, ms: number): void {
  const bucket = Math.min(BUCKETS - 1, Math.max(0, Math.floor(ms / BUCKET_MS)))
  histogram.counts[bucket] = (histogram.counts[bucket] as number) + 1
  histogram.total++
  if (ms > histogram.max) histogram.max = ms
}

export function mergeInto(target: LatencyHistogram, source: LatencyHistogram): void {
  for (let i = 0; i < BUCKETS; i++) {
    const count = source.counts[i] as number
    if (count) target.counts[i] = (target.counts[i] as number) + count
  }
  target.total += source.total
  target.max = Math.max(target.max, source.max)
}

/** The upper edge of the bucket holding quantile q (0..1); NaN when empty. */
export function quantile(histogram: LatencyHistogram, q: number): number {
  if (histogram.total === 0) return Number.NaN
  const rank = Math.ceil(q * histogram.total)
  let seen = 0
  for (let i = 0; i < BUCKETS; i++) {
    seen += histogram.counts[i] as number
    if (seen >= rank) return Math.min((i + 1) * BUCKET_MS, histogram.max)
  }
  return histogram.max
}
