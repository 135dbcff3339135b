// `pnpm bench:search [--boards=200] [--notes=1000]`: a workspace of 200 boards and 200,000 notes
// (mixed Chinese and English) in the embedded SQLite, served by the real app over HTTP. Prints
// search latency (p50/p95/max, by kind of query), directory load time, the index's size on disk and
// what rewriting one board's texts costs after an edit (the digest that follows stored updates).
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp, listen, openSqliteStorage, TokenSigner } from '@jm/server'
import type { CreatedWorkspace } from '@jm/shared/api/workspaces'
import { newHistogram, quantile, record } from './histogram.ts'

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback)
const BOARDS = arg('boards', 200)
const NOTES = arg('notes', 1000)

const ZH = [
  '价格',
  '报价',
  '续约',
  '交付',
  '周期',
  '客服',
  '培训',
  '合同',
  '采购',
  '审批',
  '上线',
  '发票',
  '试用',
  '功能',
  '集成',
  '权限',
]
const EN = [
  'pricing',
  'renewal',
  'onboarding',
  'invoice',
  'support',
  'training',
  'contract',
  'approval',
  'integration',
  'trial',
  'dashboard',
  'export',
]
let seed = 42
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
const noteText = (i: number) =>
  i % 2 === 0
    ? `${pick(ZH)}${pick(ZH)}太慢，${pick(ZH)}需要${1 + (i % 9)}周`
    : `The ${pick(EN)} step is unclear; ${pick(EN)} takes ${1 + (i % 9)} days`

const dir = mkdtempSync(join(tmpdir(), 'jm-search-bench-'))
const file = join(dir, 'boards.sqlite')
const storage = openSqliteStorage(file)
const built = createApp({
  storage,
  signer: new TokenSigner('search-bench-secret-of-enough-length'),
  // One client asks everything: the per-address limits would measure themselves.
  http: { searchesPerMinute: 0, requestsPerMinute: 0 },
})
const server = await listen(built, { port: 0, hostname: '127.0.0.1' })
const base = `http://127.0.0.1:${server.port}/api`
const created = (await (
  await fetch(`${base}/workspaces`, {
    method: 'POST',
    body: JSON.stringify({ name: 'bench' }),
    headers: { 'content-type': 'application/json' },
  })
).json()) as CreatedWorkspace
const token = created.tokens.member

const summary = (title: string, noteCount: number) => ({
  title,
  mapType: 'currentState' as const,
  template: 'b2b-saas',
  locale: 'zh-CN',
  persona: 'IT 采购经理',
  segment: 'Manufacturers',
  noteCount,
  openPainPoints: Math.floor(noteCount / 10),
  ownerDepartments: ['Sales', 'Service'],
  openActions: 0,
  actions: [],
})
const textsOf = (board: number) =>
  Array.from({ length: NOTES }, (_, i) => ({
    kind: 'note' as const,
    item: `n${board}-${i}`,
    text: noteText(board * NOTES + i),
  }))

let started = performance.now()
let rawBytes = 0
for (let b = 0; b < BOARDS; b++) {
  const texts = textsOf(b)
  for (const text of texts) rawBytes += Buffer.byteLength(text.text)
  const at = Date.now() - b * 1000
  await storage.placeBoard(
    {
      ...summary(`旅程 Journey ${b}`, NOTES),
      board: `bench${String(b).padStart(5, '0')}`,
      workspace: created.id,
      archived: false,
      createdAt: at,
      updatedAt: at,
    },
    texts,
  )
}
const buildSeconds = (performance.now() - started) / 1000

// One edit on a board: its digest rewrites the summary and the one text that changed.
const digest = newHistogram()
for (let i = 0; i < 200; i++) {
  const b = i % BOARDS
  const texts = textsOf(b)
  texts[i % NOTES] = { ...(texts[i % NOTES] as (typeof texts)[number]), text: `edited ${i} 已修改` }
  started = performance.now()
  await storage.saveDigest(`bench${String(b).padStart(5, '0')}`, summary(`旅程 Journey ${b}`, NOTES), texts, {
    updatedAt: Date.now(),
  })
  record(digest, performance.now() - started)
}

const timed = async (path: string) => {
  const begin = performance.now()
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } })
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return performance.now() - begin
}
const queries: Record<string, () => string> = {
  'Chinese, 2 characters (scan)': () => pick(ZH),
  'Chinese, 4 characters (trigram index)': () => `${pick(ZH)}${pick(ZH)}`,
  'English word, any case (trigram index)': () => pick(EN).toUpperCase(),
  'no hit': () => 'zzzq不存在',
  'Chinese, 2 characters, no hit (scans every text)': () => '罕见',
}
console.log(
  `workspace: ${BOARDS} boards, ${BOARDS * NOTES} notes (${(rawBytes / 1e6).toFixed(1)} MB of text), built in ${buildSeconds.toFixed(1)} s`,
)
for (const [kind, query] of Object.entries(queries)) {
  const latency = newHistogram()
  for (let i = 0; i < 100; i++)
    record(latency, await timed(`/workspaces/${created.id}/search?q=${encodeURIComponent(query())}`))
  console.log(
    `search, ${kind}: p50 ${quantile(latency, 0.5).toFixed(1)} ms, p95 ${quantile(latency, 0.95).toFixed(1)} ms, max ${latency.max.toFixed(1)} ms (target p95 < 50 ms)`,
  )
}
const directory = newHistogram()
for (let i = 0; i < 30; i++) record(directory, await timed(`/workspaces/${created.id}/boards`))
console.log(
  `directory of ${BOARDS} boards: p50 ${quantile(directory, 0.5).toFixed(1)} ms, p95 ${quantile(directory, 0.95).toFixed(1)} ms (target < 200 ms)`,
)
console.log(
  `one board's digest after an edit (${NOTES} texts compared, 1 rewritten): p50 ${quantile(digest, 0.5).toFixed(1)} ms, p95 ${quantile(digest, 0.95).toFixed(1)} ms`,
)
await server.close()
await storage.close()
const size = statSync(file).size
console.log(
  `SQLite file with the index: ${(size / 1e6).toFixed(1)} MB (${(size / rawBytes).toFixed(1)}x the raw text)`,
)
rmSync(dir, { recursive: true, force: true })
