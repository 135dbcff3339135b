import {
  addLane,
  addNote,
  addStage,
  deleteLane,
  deleteNote,
  deleteStage,
  editNoteText,
  LocalOrigin,
  lanesOf,
  moveLane,
  moveNote,
  moveStage,
  notesOf,
  OpError,
  readBoard,
  renameStage,
  restoreStage,
  setNoteFields,
  stagesOf,
} from '@jm/shared'
import { initBoard } from '@jm/shared/templates'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ReplicaMesh } from './replicas.ts'

const REPLICAS = 3

/** Indices are resolved against the acting replica's own view when the step runs. */
const operation = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('addNote' as const), stage: fc.nat(), lane: fc.nat() }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('moveNote' as const),
      note: fc.nat(),
      stage: fc.nat(),
      lane: fc.nat(),
      index: fc.nat(4),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteNote' as const), note: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('emotion' as const),
      note: fc.nat(),
      emotion: fc.integer({ min: -2, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('editText' as const),
      note: fc.nat(),
      text: fc.string({ maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('addStage' as const), index: fc.nat(6) }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('moveStage' as const), stage: fc.nat(), index: fc.nat(6) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('deleteStage' as const),
      stage: fc.nat(),
      deleteNotes: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restoreStage' as const), stage: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('renameStage' as const),
      stage: fc.nat(),
      name: fc.string({ minLength: 1, maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('addLane' as const), index: fc.nat(6) }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('moveLane' as const), lane: fc.nat(), index: fc.nat(6) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('deleteLane' as const),
      lane: fc.nat(),
      deleteNotes: fc.boolean(),
    }),
  },
)
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never

const step = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('act' as const), replica: fc.nat(REPLICAS - 1), operation }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('deliver' as const), to: fc.nat(REPLICAS - 1), pick: fc.nat() }),
  },
)

/** What the operations did, for checking that nothing is lost or brought back. */
interface Ledger {
  createdNotes: Set<string>
  deletedNotes: Set<string>
  createdStages: Set<string>
  createdLanes: Set<string>
}

const pickFrom = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)]

function act(doc: Y.Doc, origin: LocalOrigin, o: Operation, ledger: Ledger): void {
  const view = readBoard(doc)
  const stage = 'stage' in o ? pickFrom(view.stages, o.stage)?.id : undefined
  const lane = 'lane' in o ? pickFrom(view.lanes, o.lane)?.id : undefined
  const note = 'note' in o ? pickFrom(view.notes, o.note)?.id : undefined
  const mapId = view.maps[0]?.id ?? ''
  const notesBefore = new Set(notesOf(doc).keys())
  const recordRemovedNotes = () => {
    for (const id of notesBefore) if (!notesOf(doc).has(id)) ledger.deletedNotes.add(id)
  }
  try {
    switch (o.op) {
      case 'addNote':
        if (stage && lane)
          ledger.createdNotes.add(
            addNote(doc, { stageId: stage, laneId: lane, author: 'p', now: 1, text: 'n' }, origin),
          )
        break
      case 'moveNote':
        if (note && stage && lane)
          moveNote(doc, { noteId: note, stageId: stage, laneId: lane, index: o.index, now: 2 }, origin)
        break
      case 'deleteNote':
        if (note) {
          deleteNote(doc, { noteId: note }, origin)
          ledger.deletedNotes.add(note)
        }
        break
      case 'emotion':
        if (note) setNoteFields(doc, { noteId: note, now: 3, emotion: o.emotion }, origin)
        break
      case 'editText':
        if (note)
          editNoteText(doc, { noteId: note, index: 0, deleteCount: 0, insert: o.text, now: 4 }, origin)
        break
      case 'addStage':
        ledger.createdStages.add(addStage(doc, { mapId, name: 'S', index: o.index }, origin))
        break
      case 'moveStage':
        if (stage) moveStage(doc, { stageId: stage, index: o.index }, origin)
        break
      case 'deleteStage':
        if (stage) deleteStage(doc, { stageId: stage, now: 5, deleteNotes: o.deleteNotes }, origin)
        recordRemovedNotes()
        break
      case 'restoreStage': {
        const deleted = [...stagesOf(doc).keys()].filter((id) => !view.stages.some((s) => s.id === id)).sort()
        const id = pickFrom(deleted, o.stage)
        if (id) restoreStage(doc, { stageId: id }, origin)
        break
      }
      case 'renameStage':
        if (stage && o.name.trim()) renameStage(doc, { stageId: stage, name: o.name }, origin)
        break
      case 'addLane':
        ledger.createdLanes.add(addLane(doc, { mapId, kind: 'custom', index: o.index }, origin))
        break
      case 'moveLane':
        if (lane) moveLane(doc, { laneId: lane, index: o.index }, origin)
        break
      case 'deleteLane':
        if (lane) deleteLane(doc, { laneId: lane, now: 6, deleteNotes: o.deleteNotes }, origin)
        recordRemovedNotes()
        break
    }
  } catch (error) {
    // A refusal (e.g. deleting a map's last stage) must leave the replica unchanged.
    if (!(error instanceof OpError)) throw error
  }
}

function seedBoard(): Y.Doc {
  const doc = new Y.Doc()
  initBoard(
    doc,
    { title: 'Convergence', templateId: 'seed002-lifecycle', mapType: 'empathy', locale: 'en', now: 0 },
    new LocalOrigin('seed'),
  )
  return doc
}

/** Whether following redirects from `id` comes back to an item already seen before reaching a live one. */
function redirectsCircle(collection: Y.Map<Y.Map<unknown>>, id: string, live: ReadonlySet<string>): boolean {
  const seen = new Set<string>()
  let current = id
  while (!live.has(current)) {
    if (seen.has(current)) return true
    seen.add(current)
    const next = collection.get(current)?.get('redirectTo')
    if (typeof next !== 'string' || next === '') return false
    current = next
  }
  return false
}

function expectConvergedAndComplete(mesh: ReplicaMesh, ledger: Ledger): void {
  const views = mesh.docs.map(readBoard)
  for (const view of views.slice(1)) expect(view).toEqual(views[0])
  const [doc] = mesh.docs
  const [view] = views
  if (!doc || !view) throw new Error('no replicas')

  // Notes: exactly those created and not deleted by an operation, each shown once.
  const expectedNotes = [...ledger.createdNotes].filter((id) => !ledger.deletedNotes.has(id)).sort()
  expect([...notesOf(doc).keys()].sort()).toEqual(expectedNotes)
  const shown = [...view.notes, ...view.unplacedNotes].map((note) => note.id)
  expect(shown.sort()).toEqual(expectedNotes)
  const liveStages = new Set(view.stages.map((s) => s.id))
  const liveLanes = new Set(view.lanes.map((l) => l.id))
  for (const note of view.notes) expect(liveStages.has(note.stageId) && liveLanes.has(note.laneId)).toBe(true)
  // A note is unplaced only when its stage's or lane's redirects run in a circle (concurrent deletes).
  for (const note of view.unplacedNotes) {
    const circular =
      redirectsCircle(stagesOf(doc), note.stageId, liveStages) ||
      redirectsCircle(lanesOf(doc), note.laneId, liveLanes)
    expect(circular, `note ${note.id} unplaced without a redirect cycle`).toBe(true)
  }

  // Stages and lanes are never removed, only tombstoned; each live one appears once.
  for (const id of ledger.createdStages) expect(stagesOf(doc).has(id)).toBe(true)
  for (const id of ledger.createdLanes) expect(lanesOf(doc).has(id)).toBe(true)
  expect(new Set(view.stages.map((s) => s.id)).size).toBe(view.stages.length)
  expect(new Set(view.lanes.map((l) => l.id)).size).toBe(view.lanes.length)
  expect(view.stages.length).toBeGreaterThan(0)
}

describe('three replicas with random concurrent operations', () => {
  it('converge after exchanging updates in random orders, losing and duplicating nothing', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 5, maxLength: 45 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (steps, flushOrder) => {
          const seed = seedBoard()
          const mesh = new ReplicaMesh(REPLICAS, seed)
          const view = readBoard(seed)
          const ledger: Ledger = {
            createdNotes: new Set(),
            deletedNotes: new Set(),
            createdStages: new Set(view.stages.map((s) => s.id)),
            createdLanes: new Set(view.lanes.map((l) => l.id)),
          }
          const origins = mesh.docs.map((_, i) => new LocalOrigin(`replica-${i}`))
          for (const s of steps) {
            if (s.kind === 'deliver') mesh.deliver(s.to, s.pick)
            else act(mesh.docs[s.replica] as Y.Doc, origins[s.replica] as LocalOrigin, s.operation, ledger)
          }
          mesh.flush(flushOrder)
          expectConvergedAndComplete(mesh, ledger)
        },
      ),
      { numRuns: 35 },
    )
  })
})

describe('concurrent conflicts, case by case', () => {
  function twoReplicas() {
    const mesh = new ReplicaMesh(2, seedBoard())
    const [a, b] = mesh.docs as [Y.Doc, Y.Doc]
    const view = readBoard(a)
    return { mesh, a, b, view, oa: new LocalOrigin('a'), ob: new LocalOrigin('b') }
  }
  const ids = <T extends { id: string }>(items: T[]) => items.map((item) => item.id)

  it('move and move: the note ends in one of the two target cells, once', () => {
    const { mesh, a, b, view, oa, ob } = twoReplicas()
    const [s0, s1, s2] = ids(view.stages)
    const [l0, l1, l2] = ids(view.lanes)
    const note = addNote(a, { stageId: s0 as string, laneId: l0 as string, author: 'a', now: 1 }, oa)
    mesh.flush([0])
    moveNote(a, { noteId: note, stageId: s1 as string, laneId: l1 as string, index: 0, now: 2 }, oa)
    moveNote(b, { noteId: note, stageId: s2 as string, laneId: l2 as string, index: 0, now: 2 }, ob)
    mesh.flush([0])
    const placed = readBoard(a).notes.filter((n) => n.id === note)
    expect(placed).toHaveLength(1)
    expect([`${s1}|${l1}`, `${s2}|${l2}`]).toContain(`${placed[0]?.stageId}|${placed[0]?.laneId}`)
    expect(readBoard(b)).toEqual(readBoard(a))
  })

  it('move and delete: the deleted note stays deleted everywhere', () => {
    const { mesh, a, b, view, oa, ob } = twoReplicas()
    const [s0, s1] = ids(view.stages)
    const [l0] = ids(view.lanes)
    const note = addNote(a, { stageId: s0 as string, laneId: l0 as string, author: 'a', now: 1 }, oa)
    mesh.flush([0])
    moveNote(a, { noteId: note, stageId: s1 as string, laneId: l0 as string, index: 0, now: 2 }, oa)
    deleteNote(b, { noteId: note }, ob)
    mesh.flush([1])
    for (const doc of [a, b]) expect(notesOf(doc).has(note)).toBe(false)
  })

  it('reorder and insert: a moved stage and a stage inserted at the same spot both appear once, in one order', () => {
    const { mesh, a, b, view, oa, ob } = twoReplicas()
    const last = view.stages.at(-1)?.id as string
    moveStage(a, { stageId: last, index: 0 }, oa)
    const inserted = addStage(b, { mapId: view.maps[0]?.id as string, name: 'New', index: 0 }, ob)
    mesh.flush([0])
    const order = ids(readBoard(a).stages)
    expect(order).toEqual(ids(readBoard(b).stages))
    expect(order.slice(0, 2).sort()).toEqual([last, inserted].sort())
    expect(order).toHaveLength(view.stages.length + 1)
  })

  it('insert and insert at one spot: both notes kept, in the same order on both replicas', () => {
    const { mesh, a, b, view, oa, ob } = twoReplicas()
    const cell = {
      stageId: view.stages[0]?.id as string,
      laneId: view.lanes[0]?.id as string,
      now: 1,
      index: 0,
    }
    const x = addNote(a, { ...cell, author: 'a' }, oa)
    const y = addNote(b, { ...cell, author: 'b' }, ob)
    mesh.flush([0])
    expect(ids(readBoard(a).notes)).toEqual(ids(readBoard(b).notes))
    expect(ids(readBoard(a).notes).sort()).toEqual([x, y].sort())
  })
})
