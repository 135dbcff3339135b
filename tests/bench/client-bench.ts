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
import type { Page } from 'playwright-core'
import * as Y from 'yjs'
import { createBoard, joinBoard } from '../helpers/boards.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startInProcessServer } from '../helpers/inProcessServer.ts'
import { connectClient } from '../helpers/yclient.ts'
import { traceFrameWork } from './frameWork.ts'

const NOTES = Number(process.argv[2] ?? 5000)
const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url))
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

async function timeToAllNotes(page: Page, url: string): Promise<number> {
  await page.goto(url)
  const painted = await page.waitForFunction(
    () => (window as unknown as { notesPaintedAt_?: number }).notesPaintedAt_,
    undefined,
    { timeout: 120_000 },
  )
  return (await painted.jsonValue()) as number
}

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
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript(([id, value]) => localStorage.setItem(`jm-participant-${id}`, value), [
    board.id,
    token,
  ] as const)
  await context.addInitScript(recordNotesPainted(NOTES))
  // tsx keeps function names with a `__name` helper that page-side functions then need too.
  await context.addInitScript('window.__name = (fn) => fn')
  // Records when the newest websocket message arrived, to time remote edits from their arrival.
  await context.addInitScript(`{
    const Native = WebSocket
    window.WebSocket = class extends Native {
      constructor(...args) {
        super(...args)
        this.addEventListener('message', () => { window.lastMessage_ = performance.now() })
      }
    }
  }`)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error('page error:', error.message))
  page.on('crash', () => console.error('page crashed'))
  page.on('console', (message) => message.type() === 'error' && console.error('console:', message.text()))
  const url = `${server.url}/b/${board.id}`
  const cdp = process.env.PROFILE ? await context.newCDPSession(page) : null
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
    await cdp.send('Profiler.start')
  }
  const cold = await timeToAllNotes(page, url)
  if (cdp) {
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
  const warm = await timeToAllNotes(page, url)
  const frames = await dragFrames(page)
  const latency = await remoteEditLatency(page, writer.doc, 30)
  console.log(`\nClient benchmark, ${NOTES} notes, headless Chromium`)
  console.log(`  first render, cold (server sync):  ${ms(cold)}  (target < 1000 ms)`)
  console.log(`  first render, warm (IndexedDB):     ${ms(warm)}`)
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
