import type { Lane } from '../schema/lane.ts'
import type { Note } from '../schema/note.ts'
import type { BoardView } from '../schema/readBoard.ts'
import type { Stage } from '../schema/stage.ts'

export type ChangeKind = 'added' | 'removed' | 'edited' | 'moved'

export interface EntityChange<T> {
  kind: ChangeKind
  id: string
  before?: T
  after?: T
  /** The fields whose values differ (for edited and moved). */
  fields: string[]
}

export interface BoardDiff {
  notes: EntityChange<Note>[]
  stages: EntityChange<Stage>[]
  lanes: EntityChange<Lane>[]
  titleChanged: boolean
}

/** Bookkeeping fields that change with every edit and say nothing a reader cares about. */
const IGNORED = new Set(['updatedAt', 'createdAt'])
/** Where a note sits; a change here is a move, any other field change is an edit. */
const PLACEMENT = new Set(['stageId', 'laneId', 'order'])

function changedFields<T extends object>(before: T, after: T): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys].filter(
    (key) =>
      !IGNORED.has(key) && JSON.stringify(before[key as keyof T]) !== JSON.stringify(after[key as keyof T]),
  )
}

function diffEntities<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  placement?: Set<string>,
): EntityChange<T>[] {
  const old = new Map(before.map((item) => [item.id, item]))
  const changes: EntityChange<T>[] = []
  for (const item of after) {
    const previous = old.get(item.id)
    old.delete(item.id)
    if (!previous) {
      changes.push({ kind: 'added', id: item.id, after: item, fields: [] })
      continue
    }
    const fields = changedFields(previous, item)
    if (fields.length === 0) continue
    const moved = placement !== undefined && fields.some((field) => placement.has(field) && field !== 'order')
    const editedContent = fields.some((field) => !placement?.has(field))
    changes.push({
      kind: moved && !editedContent ? 'moved' : 'edited',
      id: item.id,
      before: previous,
      after: item,
      fields,
    })
  }
  for (const item of old.values()) changes.push({ kind: 'removed', id: item.id, before: item, fields: [] })
  return changes
}

/** What differs between two readings of a board (a saved version and now, or the last visit and now). */
export function diffBoards(before: BoardView, after: BoardView): BoardDiff {
  return {
    notes: diffEntities(before.notes, after.notes, PLACEMENT).filter(
      // A reorder inside the same cell is not worth reporting.
      (change) => !(change.kind === 'edited' && change.fields.every((field) => field === 'order')),
    ),
    stages: diffEntities(before.stages, after.stages),
    lanes: diffEntities(before.lanes, after.lanes),
    titleChanged: before.meta.title !== after.meta.title,
  }
}

export interface CellDigest {
  stageId: string
  laneId: string
  added: number
  edited: number
  moved: number
  removed: number
}

/** Note changes counted per stage × lane cell (a move counts in the cell it arrived in). */
export function digestByCell(diff: BoardDiff): CellDigest[] {
  const cells = new Map<string, CellDigest>()
  for (const change of diff.notes) {
    const note = change.after ?? change.before
    if (!note) continue
    const key = `${note.stageId}|${note.laneId}`
    let cell = cells.get(key)
    if (!cell) {
      cell = { stageId: note.stageId, laneId: note.laneId, added: 0, edited: 0, moved: 0, removed: 0 }
      cells.set(key, cell)
    }
    cell[change.kind]++
  }
  return [...cells.values()]
}
