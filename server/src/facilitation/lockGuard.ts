import {
  deleteNote,
  entityIn,
  type Locks,
  type NotePlacement,
  notesOf,
  type RefusedChanges,
  type RefusedKind,
  ROOT,
  readNotePlacement,
  restoreNotePlacement,
  ServerOrigin,
} from '@jm/shared'
import * as Y from 'yjs'
import type { PartialRefusal } from '../relay/hooks.ts'
import { type UpdateWrite, updateWrites } from './updatePaths.ts'

/** Root collections that make up the map skeleton: board title, maps (title, persona), stages, lanes. */
const SKELETON_ROOTS: ReadonlyMap<string, RefusedKind> = new Map([
  [ROOT.meta, 'board'],
  [ROOT.maps, 'map'],
  [ROOT.stages, 'stage'],
  [ROOT.lanes, 'lane'],
  [ROOT.personas, 'persona'],
])

const LOCK_ORIGIN = new ServerOrigin('lock')
const NOTE_LANE_FIELD = 'laneId' satisfies keyof NotePlacement
const STRUCTURE_LOCKED = 'the map structure (stages, lanes, persona, titles) is locked by the facilitator'
const LANE_CLOSED = 'the facilitator closed that lane for new notes'

/**
 * What of an editor's update breaks the facilitator's locks, and how to undo exactly that; null when
 * nothing does. Worked out before the update is applied. The relay then applies the whole update
 * (every later change of the same client builds on it, so dropping part of it would strand them)
 * and undoes the refused part at once, as a change of its own: the rest is kept and shared.
 */
export function lockRefusal(doc: Y.Doc, update: Uint8Array, locks: Locks): PartialRefusal | null {
  if (!locks.skeleton && locks.addLaneIds === null) return null
  const writes = updateWrites(doc, update)
  if (locks.skeleton) {
    const items = skeletonItems(writes)
    if (items.length > 0)
      return {
        refused: { cause: 'structure-locked', reason: STRUCTURE_LOCKED, items },
        prepare: (target, sender) => undoSkeleton(target, sender, removesMap(writes)),
      }
  }
  const open = new Set(locks.addLaneIds ?? [])
  const placements = locks.addLaneIds ? closedLanePlacements(doc, writes, open) : []
  if (placements.length === 0) return null
  const refused: RefusedChanges = {
    cause: 'lane-closed',
    reason: LANE_CLOSED,
    items: placements.map(({ noteId }) => ({ kind: 'note', id: noteId })),
  }
  return { refused, prepare: (target) => putBackPlacements(target, placements, open) }
}

function skeletonItems(writes: UpdateWrite[]): RefusedChanges['items'] {
  const items = new Map<string, RefusedChanges['items'][number]>()
  for (const { path } of writes) {
    const [root, entityId] = path
    const kind = root === undefined ? undefined : SKELETON_ROOTS.get(root)
    if (!kind) continue
    const id = kind === 'board' ? '' : (entityId ?? '')
    items.set(`${kind}:${id}`, { kind, id })
  }
  return [...items.values()]
}

/** Whether the update removes a whole map, which takes the map's notes with it (see deleteMap). */
function removesMap(writes: UpdateWrite[]): boolean {
  return writes.some(({ path, kind }) => kind === 'delete' && path[0] === ROOT.maps && path.length === 2)
}

/**
 * Undoes whatever the update changes under the skeleton roots, deletions included. A refused map
 * removal gets its notes back too: its note deletions are part of the one structural change.
 */
function undoSkeleton(doc: Y.Doc, sender: unknown, withNotes: boolean): () => void {
  const roots = [...SKELETON_ROOTS.keys(), ...(withNotes ? [ROOT.notes] : [])]
  const scope = roots.map((root) => doc.getMap(root))
  const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([sender]), captureTimeout: 0 })
  return () => {
    undo.undo()
    undo.destroy()
  }
}

/** A note the update places into a closed lane: a new note (null before), or a move from elsewhere. */
interface RefusedPlacement {
  noteId: string
  before: NotePlacement | null
}

function closedLanePlacements(doc: Y.Doc, writes: UpdateWrite[], open: Set<string>): RefusedPlacement[] {
  const refused = new Map<string, RefusedPlacement>()
  for (const write of writes) {
    const [root, noteId, field] = write.path
    if (root !== ROOT.notes || !noteId || field !== NOTE_LANE_FIELD || write.kind !== 'insert') continue
    const lane = write.value
    if (typeof lane !== 'string' || open.has(lane)) continue
    const existing = entityIn(notesOf(doc), noteId)
    const before = existing ? readNotePlacement(noteId, existing) : null
    // Reordering a note inside its own lane keeps the lane; only a new placement is refused.
    if (before?.laneId === lane) continue
    refused.set(noteId, { noteId, before })
  }
  return [...refused.values()]
}

/**
 * After the update: a new note left in a closed lane is removed, a moved one goes back where it was.
 * A note the same update moved on into an open lane stays there.
 */
function putBackPlacements(doc: Y.Doc, placements: RefusedPlacement[], open: Set<string>): () => void {
  return () => {
    for (const { noteId, before } of placements) {
      const note = entityIn(notesOf(doc), noteId)
      if (!note || open.has(readNotePlacement(noteId, note).laneId)) continue
      if (before) restoreNotePlacement(doc, before, LOCK_ORIGIN)
      else deleteNote(doc, { noteId }, LOCK_ORIGIN)
    }
  }
}
