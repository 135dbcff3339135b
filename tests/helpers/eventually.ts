import { vi } from 'vitest'

/** How long a check may keep failing before the test fails: a deadline, never a wait. */
export const EVENTUALLY_TIMEOUT_MS = 20_000

/**
 * Polls `check` until it passes, as `vi.waitFor` does, but with a deadline sized for a busy 2-core
 * machine. vi.waitFor's default of one second is shorter than a page reload, a server round trip
 * or a sync takes while the machine is loaded, and that default was behind the suite's flakes. A
 * passing check returns at once; only a failing one runs to the deadline.
 */
export function eventually<T>(
  check: () => T | Promise<T>,
  options: { timeout?: number; interval?: number } = {},
): Promise<T> {
  return vi.waitFor(check, { timeout: EVENTUALLY_TIMEOUT_MS, interval: 50, ...options })
}
