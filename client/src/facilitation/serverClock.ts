import { createSignal, onCleanup } from 'solid-js'
import { api } from '../api/apiClient.ts'

const SAMPLES = 3
const TICK_MS = 250

/**
 * The offset between this device's clock and the server's, from GET /api/time: each sample
 * assumes the answer was stamped halfway through the round trip, and the quickest round trip wins.
 * Every client then shows the same countdown even when device clocks disagree by minutes.
 */
async function measureClockOffset(): Promise<number> {
  let best: { rtt: number; offset: number } | null = null
  for (let i = 0; i < SAMPLES; i++) {
    const sent = Date.now()
    const { now } = await api.serverTime()
    const received = Date.now()
    const rtt = received - sent
    const offset = now + rtt / 2 - received
    if (!best || rtt < best.rtt) best = { rtt, offset }
  }
  return best?.offset ?? 0
}

/** A ticking server-time signal (ms); starts with the device clock until the offset is measured. */
export function createServerClock() {
  const [offset, setOffset] = createSignal(0)
  const [now, setNow] = createSignal(Date.now())
  measureClockOffset().then(setOffset, () => {
    // Offline: the device clock is the best we have; the server still judges votes by its own.
  })
  const timer = setInterval(() => setNow(Date.now()), TICK_MS)
  onCleanup(() => clearInterval(timer))
  return {
    /** Reactive server time, updated every TICK_MS. */
    now: () => now() + offset(),
    /** Server time right now, for writing (not reactive). */
    read: () => Date.now() + offset(),
  }
}
