import type { Logger } from '../log.ts'
import type { RelayMetrics } from '../metrics.ts'

/** A message or connection the relay will not accept: how to close the socket and how to count it. */
export class Refusal extends Error {
  constructor(
    readonly close: { code: number; reason: string },
    readonly metricReason: string,
    detail?: string,
  ) {
    super(detail ?? close.reason)
  }
}

/** Every refusal is counted once (jm_rejections_total{reason}) and logged once, here. */
export function reportRefusal(
  deps: { metrics: RelayMetrics; log: Logger },
  reason: string,
  fields: Record<string, unknown>,
): void {
  deps.metrics.rejections.inc({ reason })
  deps.log.warn('refused', { reason, ...fields })
}
