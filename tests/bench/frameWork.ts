import type { Browser, Page } from 'playwright-core'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
}

/**
 * Main-thread work per frame while `run` runs, from Chromium's trace: the time the page's main
 * thread spent in tasks (input handling, script, style, layout, paint, garbage collection) from one
 * animation frame callback to the next. The page must keep requesting animation frames meanwhile,
 * so that every frame shows up. Any frame whose work exceeds the display's interval is late.
 */
export async function traceFrameWork(
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
): Promise<number[]> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  })
  await run()
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  const byThread = new Map<string, TraceEvent[]>()
  for (const event of trace.traceEvents) {
    const thread = `${event.pid}:${event.tid}`
    const events = byThread.get(thread)
    if (events) events.push(event)
    else byThread.set(thread, [event])
  }
  // The page's main thread is the one running its animation frames.
  const frameCount = (events: TraceEvent[]) => events.filter((e) => e.name === 'FireAnimationFrame').length
  const main = [...byThread.values()].sort((a, b) => frameCount(b) - frameCount(a))[0] ?? []
  const frames = main
    .filter((e) => e.name === 'FireAnimationFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b)
  const work: number[] = []
  const busy = busyPeriods(main)
  for (let i = 0; i + 1 < frames.length; i++) {
    const [start, end] = [frames[i] as number, frames[i + 1] as number]
    let total = 0
    for (const [from, to] of busy) total += Math.max(0, Math.min(end, to) - Math.max(start, from))
    work.push(total / 1000)
  }
  return work
}

/** The thread's task time as disjoint [start, end] periods (a trace may nest one task in another). */
function busyPeriods(events: TraceEvent[]): Array<[number, number]> {
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined)
    .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [from, to] of tasks) {
    const last = merged[merged.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}
