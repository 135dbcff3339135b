/**
 * Client speed benchmark (figures printed, not a timed test): in headless Chromium against the real
 * server, (1) a 5,000-note board from navigation to the end of the first frame showing its notes,
 * cold (from the server) and warm (from IndexedDB); (2) frames while dragging a note across cells and dropping it: their
 * intervals, and the main-thread work in each (the display's refresh paces the intervals, so at
 * 60 Hz they cannot go below 16.7 ms; the work is what has to fit in that budget); (3) how long a
 * remote edit takes from its websocket message arriving to the changed text in the DOM and on screen.
 *
 *   pnpm run build && npx tsx tests/bench/client-bench.ts [notes=5000]
 */
import { fileURLToPath } from 'node:url'
import { addNote, editNoteText, LocalOrigin, lanesOf, stagesOf } from '@jm/shared'
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import * as Y from 'yjs'
import { createBoard, joinBoard } from '../helpers/boards.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startInProcessServer } from '../helpers/inProcessServer.ts'
import { connectClient } from '../helpers/yclient.ts'
import { traceFrameWork } from './frameWork.ts'

const NOTES = Number(process.argv[2] ?? 5000)
/** First renders are timed several times (the machine's load swings them) and the median reported. */
const COLD_RUNS = 5
const WARM_RUNS = 5
/** CLIENT_DIST=… times another build of the client (e.g. to compare two versions). */
const CLIENT_DIST = process.env.CLIENT_DIST ?? fileURLToPath(new URL('../../client/dist', import.meta.url))
const ORIGIN = new LocalOrigin('bench')
/**
 * Notes are added in sessions of 50 from separate documents, as many people would: the board then
 * carries many client ids, as a real one does.
 */
const PER_SESSION = 50

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN
}
const ms = (value: number) => `${value.toFixed(1)} ms`

/** Fills the synced board with `count` notes spread over its cells. */
function fillBoard(doc: Y.Doc, count: number): void {
  const base = Y.encodeStateAsUpdate(doc)
  const cells = [...stagesOf(doc).keys()].flatMap((stageId) =>
    [...lanesOf(doc).keys()].map((laneId) => ({ stageId, laneId })),
  )
  for (let added = 0; added < count; added += PER_SESSION) {
    const session = new Y.Doc()
    Y.applyUpdate(session, base)
    const before = Y.encodeStateVector(session)
    for (let i = added; i < Math.min(count, added + PER_SESSION); i++) {
      const cell = cells[i % cells.length] as { stageId: string; laneId: string }
      addNote(session, { ...cell, author: 'bench', now: 1, text: `Note ${i}: a customer pain point` }, ORIGIN)
    }
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(session, before))
    session.destroy()
  }
}

/**
 * A page script that records when the first frame showing the notes has been rendered: from the
 * first animation frame in which all notes are in the board model and the cells in view show theirs
 * (cells render progressively), to the end of that frame's rendering (style, layout, paint), which
 * a message posted from the animation frame marks. Time 0 is the navigation's start.
 */
const recordNotesPainted = (count: number) => `{
  const check = () => {
    const grid = document.querySelector('[data-testid="board-grid"]')
    if (Number(grid?.getAttribute('data-note-count')) >= ${count} && document.querySelector('[data-testid="note"]')) {
      const afterRendering = new MessageChannel()
      afterRendering.port1.onmessage = () => { window.notesPaintedAt_ = performance.now() }
      afterRendering.port2.postMessage(0)
    } else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}`

interface Run {
  ms: number
  /** When the page passed the client's marks (jm:…), in ms from navigation. */
  phases: string
}

async function timeToAllNotes(page: Page, url: string): Promise<Run> {
  await page.goto(url)
  const painted = await page.waitForFunction(
    () => (window as unknown as { notesPaintedAt_?: number }).notesPaintedAt_,
    undefined,
    { timeout: 120_000 },
  )
  const marks = await page.evaluate(() => [
    ...performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .slice(0, 1)
      .map((entry) => ['script loaded', (entry as PerformanceResourceTiming).responseEnd] as const),
    ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.endsWith('/state'))
      .flatMap((entry) => [
        ['state response starts', entry.responseStart] as const,
        ['state response ends', entry.responseEnd] as const,
      ]),
    ...performance
      .getEntriesByType('mark')
      .map((mark) => [mark.name.replace('jm:', ''), mark.startTime] as const),
  ])
  return {
    ms: (await painted.jsonValue()) as number,
    phases: marks
      .sort((a, b) => a[1] - b[1])
      .map(([name, at]) => `${name} ${at.toFixed(0)}`)
      .join(' · '),
  }
}

const median = (values: Run[]) =>
  [...values].sort((a, b) => a.ms - b.ms)[Math.floor(values.length / 2)] as Run
const runs = (values: Run[]) =>
  `median ${ms(median(values).ms)} (${ms(Math.min(...values.map((run) => run.ms)))} – ${ms(Math.max(...values.map((run) => run.ms)))})`

interface FrameWindow {
  frames_: number[]
  stop_: boolean
}

/** Frame intervals (animation frame to animation frame) and each frame's main-thread work. */
async function dragFrames(page: Page): Promise<{ intervals: number[]; work: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as FrameWindow
    w.frames_ = []
    w.stop_ = false
    let last = performance.now()
    const tick = (now: number) => {
      w.frames_.push(now - last)
      last = now
      if (!w.stop_) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const note = page.getByTestId('note').first()
  const box = await note.boundingBox()
  if (!box) throw new Error('no note to drag')
  const work = await traceFrameWork(browser, page, async () => {
    await page.mouse.move(box.x + 20, box.y + 10)
    await page.mouse.down()
    for (let step = 0; step < 120; step++) {
      await page.mouse.move(box.x + 20 + step * 6, box.y + 10 + (step % 40) * 8)
    }
    await page.mouse.up()
    // The frame after the drop, which shows the note in its new cell.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
  })
  const intervals = await page.evaluate(() => {
    const w = window as unknown as FrameWindow
    w.stop_ = true
    return w.frames_.slice(1)
  })
  return { intervals, work }
}

async function remoteEditLatency(page: Page, doc: Y.Doc, edits: number) {
  // A note on screen (big boards render only the cells in view).
  const noteId = (await page.getByTestId('note').first().getAttribute('data-note-id')) ?? ''
  const toDom: number[] = []
  const toFrame: number[] = []
  for (let i = 0; i < edits; i++) {
    const marker = `edit-${i}-${Date.now()}`
    const seen = page.evaluate(
      ({ id, text }) =>
        new Promise<[number, number]>((resolve) => {
          const w = window as unknown as { lastMessage_: number }
          const target = document.querySelector(`[data-note-id="${id}"]`) ?? document.body
          const observer = new MutationObserver(() => {
            if (!target.textContent?.includes(text)) return
            observer.disconnect()
            const dom = performance.now()
            requestAnimationFrame(() => resolve([dom - w.lastMessage_, performance.now() - w.lastMessage_]))
          })
          observer.observe(target, { subtree: true, characterData: true, childList: true })
        }),
      { id: noteId, text: marker },
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    editNoteText(doc, { noteId, index: 0, deleteCount: 0, insert: marker, now: Date.now() }, ORIGIN)
    const [dom, frame] = await seen
    toDom.push(dom)
    toFrame.push(frame)
  }
  return { toDom, toFrame }
}

/** A fresh browser context (empty IndexedDB, no service worker) holding the participant's token. */
async function openContext(boardId: string, token: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript(([id, value]) => localStorage.setItem(`jm-participant-${id}`, value), [
    boardId,
    token,
  ] as const)
  await context.addInitScript(recordNotesPainted(NOTES))
  // tsx keeps function names with a `__name` helper that page-side functions then need too.
  await context.addInitScript('window.__name = (fn) => fn')
  // Records when the newest websocket message arrived, to time remote edits from their arrival, and
  // marks the arrival of large ones (the board's state) among the client's own marks.
  await context.addInitScript(`{
    const Native = WebSocket
    window.WebSocket = class extends Native {
      constructor(...args) {
        super(...args)
        this.addEventListener('message', (event) => {
          window.lastMessage_ = performance.now()
          const size = event.data.byteLength ?? event.data.length
          if (size > 100000) performance.mark('received ' + (size / 1e6).toFixed(2) + ' MB')
        })
      }
    }
  }`)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error('page error:', error.message))
  page.on('crash', () => console.error('page crashed'))
  page.on('console', (message) => message.type() === 'error' && console.error('console:', message.text()))
  return context
}

/** With PROFILE=1: a CPU profile of the first cold load; the functions with most self time are printed. */
async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
  return cdp
}

async function printProfile(cdp: CDPSession): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop')
  const self = new Map<string, number>()
  const dt = profile.timeDeltas ?? []
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  profile.samples?.forEach((id, i) => {
    const n = byId.get(id)
    const key = `${n?.callFrame.functionName || '(anon)'} ${n?.callFrame.url.split('/').pop()}:${n?.callFrame.lineNumber}`
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
  })
  console.log(
    [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${v.toFixed(0)}ms ${k}`)
      .join('\n'),
  )
}

const server = await startInProcessServer({ clientDir: CLIENT_DIST, limits: { roomGraceMs: 60_000 } })
const browser = await launchBrowser()
try {
  const board = await createBoard(server.url, { title: `Bench ${NOTES}` })
  // Joined before the long fill: the server drops idle keep-alive connections meanwhile.
  const token = await joinBoard(server.url, board.id, board.tokens.editor, 'Bench')
  const writer = connectClient(server.wsUrl, board.id, board.tokens.editor)
  await writer.synced
  let started = performance.now()
  fillBoard(writer.doc, NOTES)
  console.log(`filled ${NOTES} notes in ${ms(performance.now() - started)}`)
  started = performance.now()
  await new Promise<void>((resolve) => {
    const check = () => (writer.provider.ws?.bufferedAmount === 0 ? resolve() : setTimeout(check, 50))
    check()
  })
  const url = `${server.url}/b/${board.id}`
  const cold: Run[] = []
  let context = await openContext(board.id, token)
  for (let run = 0; run < COLD_RUNS; run++) {
    if (run > 0) {
      await context.close()
      context = await openContext(board.id, token)
    }
    const page = context.pages()[0] as Page
    const cdp = process.env.PROFILE && run === 0 ? await startProfile(page) : null
    cold.push(await timeToAllNotes(page, url))
    if (cdp) await printProfile(cdp)
  }
  const page = context.pages()[0] as Page
  // The same board as new to this browser, whose app (scripts, compiled code) is already cached.
  const known: Run[] = []
  for (let run = 0; run < COLD_RUNS; run++) {
    // Synced first, or the page would mark its local copy again after this removed the mark.
    await page.waitForSelector('[data-testid="sync-status"][data-state="online"]')
    await page.evaluate(async (id) => {
      localStorage.removeItem(`jm-local-copy-${id}`)
      await new Promise((resolve) => {
        const deletion = indexedDB.deleteDatabase(`jm-board-${id}`)
        deletion.onsuccess = deletion.onerror = deletion.onblocked = resolve
      })
    }, board.id)
    known.push(await timeToAllNotes(page, url))
  }
  const warm: Run[] = []
  for (let run = 0; run < WARM_RUNS; run++) warm.push(await timeToAllNotes(page, url))
  const frames = await dragFrames(page)
  const latency = await remoteEditLatency(page, writer.doc, 30)
  console.log(`\nClient benchmark, ${NOTES} notes, headless Chromium`)
  console.log(
    `  first render, cold (from the relay, ${COLD_RUNS} fresh browser contexts): ${runs(cold)}  (target < 1000 ms)`,
  )
  console.log(`    median run: ${median(cold).phases}`)
  console.log(
    `  first render, board new to a browser that has the app cached (${COLD_RUNS} runs): ${runs(known)}`,
  )
  console.log(`    median run: ${median(known).phases}`)
  console.log(`  first render, warm (from IndexedDB, ${WARM_RUNS} reloads): ${runs(warm)}`)
  console.log(`    median run: ${median(warm).phases}`)
  const { intervals, work } = frames
  console.log(
    `  drag frame intervals (${intervals.length}): p50 ${ms(quantile(intervals, 0.5))}, p95 ${ms(quantile(intervals, 0.95))}, max ${ms(Math.max(...intervals))}  (16.7 ms = every frame at 60 Hz)`,
  )
  console.log(
    `  drag frame work (${work.length}):      p50 ${ms(quantile(work, 0.5))}, p95 ${ms(quantile(work, 0.95))}, max ${ms(Math.max(...work))}  (target p95 < 16 ms)`,
  )
  console.log(
    `  remote edit, message to DOM:  p50 ${ms(quantile(latency.toDom, 0.5))}, p95 ${ms(quantile(latency.toDom, 0.95))}`,
  )
  console.log(
    `  remote edit, message to frame: p50 ${ms(quantile(latency.toFrame, 0.5))}, p95 ${ms(quantile(latency.toFrame, 0.95))}  (target: within one frame)`,
  )
  writer.destroy()
  await context.close()
} finally {
  await browser.close()
  await server.close()
}
