import {
  addComment,
  addNote,
  addPersona,
  addStageKpi,
  type LaneKind,
  LocalOrigin,
  readBoard,
  resolveComment,
  setMapFields,
  setNoteFields,
  setStageFields,
} from '@jm/shared'
import type * as Y from 'yjs'
import { eventually } from './eventually.ts'
import type { TestServer } from './inProcessServer.ts'

/** What these helpers use of a running server (a TestServer or a LiveServer). */
type RunningServer = Pick<TestServer, 'url' | 'built'>

export interface SampleNote {
  stage: number
  lane: LaneKind
  text: string
  color?: 'yellow' | 'pink' | 'blue' | 'green' | 'orange' | 'purple' | 'gray'
  tags?: string[]
  emotion?: number
  author?: string
}

/** Notes that exercise every exported field: Chinese, commas, quotes, line breaks, tags, emotions. */
export const SAMPLE_NOTES: SampleNote[] = [
  {
    stage: 0,
    lane: 'touchpoints',
    text: '行业展会 Trade show',
    tags: ['线下', 'event'],
    emotion: 1,
    author: '王芳',
  },
  { stage: 0, lane: 'touchpoints', text: 'LinkedIn ads', color: 'blue', author: 'Ana' },
  {
    stage: 1,
    lane: 'painPoints',
    text: '报价流程太慢，\n需要三周',
    color: 'pink',
    tags: ['报价'],
    emotion: -2,
    author: '李雷',
  },
  {
    stage: 1,
    lane: 'painPoints',
    text: 'Pricing page unclear, "hidden" fees',
    color: 'pink',
    emotion: -1,
    author: 'Ana',
  },
  { stage: 2, lane: 'kpis', text: 'MQL→SQL 转化率 18%', color: 'purple', author: '王芳' },
  {
    stage: 3,
    lane: 'opportunities',
    text: '自助报价工具',
    color: 'green',
    tags: ['产品'],
    emotion: 0,
    author: '李雷',
  },
  { stage: 4, lane: 'owners', text: '客户成功部', color: 'orange', author: 'Ana' },
]

/** Writes the sample notes through the typed operations, as a browser would. */
export function fillSampleBoard(doc: Y.Doc, notes: SampleNote[] = SAMPLE_NOTES): void {
  const origin = new LocalOrigin('sample')
  const view = readBoard(doc)
  notes.forEach((sample, i) => {
    const stage = view.stages[sample.stage]
    const lane = view.lanes.find((item) => item.kind === sample.lane)
    if (!stage || !lane) throw new Error(`the template has no stage ${sample.stage} or lane ${sample.lane}`)
    const noteId = addNote(
      doc,
      { stageId: stage.id, laneId: lane.id, author: sample.author ?? '', now: 1000 + i, text: sample.text },
      origin,
    )
    setNoteFields(
      doc,
      { noteId, now: 2000 + i, color: sample.color, tags: sample.tags, emotion: sample.emotion ?? null },
      origin,
    )
  })
}

/**
 * Adds what the stage model carries beyond notes: a persona and segment on the map, the first
 * stage's question, exit criteria, owner, handoff and a KPI with target and actual, and a resolved
 * comment thread with a reply on the first pain point. Returns how many comments it wrote.
 */
export function enrichSampleBoard(doc: Y.Doc): number {
  const origin = new LocalOrigin('sample')
  const view = readBoard(doc)
  const [map, stage] = [view.maps[0], view.stages[0]]
  const pain = view.notes.find((note) => note.text.startsWith('报价流程'))
  if (!map || !stage || !pain) throw new Error('fill the sample board first')
  const personaId = addPersona(doc, { name: '陈总', role: 'decisionMaker', jobTitle: 'CIO' }, origin)
  setMapFields(doc, { mapId: map.id, personaId, segment: '华东制造业中型企业' }, origin)
  setStageFields(
    doc,
    {
      stageId: stage.id,
      customerQuestion: '你们懂我们的行业吗？',
      exitCriteria: 'Contact form filled in',
      ownerDepartment: '市场部',
      handoff: 'MQL to sales within 24 h',
    },
    origin,
  )
  addStageKpi(doc, { stageId: stage.id, name: 'MQL', target: 150, actual: 120, unit: 'leads' }, origin)
  const root = addComment(
    doc,
    { targetKind: 'note', targetId: pain.id, author: 'Ana', text: 'Seen in 4 of 6 interviews', now: 5000 },
    origin,
  )
  addComment(
    doc,
    { targetKind: 'note', targetId: pain.id, author: '李雷', text: '@Ana 同意', now: 5001, replyTo: root },
    origin,
  )
  resolveComment(doc, { commentId: root, resolved: true, by: 'Ana' }, origin)
  return 2
}

/** Waits until the relay's copy of a board holds `count` notes. */
export async function untilServerHasNotes(
  server: RunningServer,
  board: string,
  count: number,
): Promise<void> {
  await eventually(() => {
    const doc = server.built.rooms.get(board)?.doc
    if (!doc || readBoard(doc).notes.length !== count)
      throw new Error('the relay does not have the notes yet')
  })
}

/** Waits until the relay's copy of a board reads the same as `doc`. */
export async function untilServerMatches(server: RunningServer, board: string, doc: Y.Doc): Promise<void> {
  await eventually(() => {
    const relayed = server.built.rooms.get(board)?.doc
    if (!relayed || JSON.stringify(readBoard(relayed)) !== JSON.stringify(readBoard(doc)))
      throw new Error('the relay does not have every change yet')
  })
}

/** GET /api/boards/:id/export in a format, with the token as a bearer. */
export function exportBoard(
  server: RunningServer,
  board: string,
  token: string,
  format: string,
): Promise<Response> {
  return fetch(`${server.url}/api/boards/${board}/export?format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
  })
}

/** POST /api/boards/import. */
export function importBoard(
  server: RunningServer,
  body: string,
  contentType: string,
  query = '',
): Promise<Response> {
  return fetch(`${server.url}/api/boards/import${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  })
}
