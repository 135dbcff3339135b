import type { Lane } from '../schema/lane.ts'
import type { Note } from '../schema/note.ts'
import type { BoardView } from '../schema/readBoard.ts'
import type { Stage } from '../schema/stage.ts'

export interface StageComparison {
  current: Stage | null
  future: Stage | null
  added: Note[]
  removed: Note[]
  changed: Array<{ before: Note; after: Note }>
  /** Pain points of the current state that the future state no longer has as pain points. */
  resolvedPainPoints: Note[]
}

const CONTENT_FIELDS = ['text', 'color', 'tags', 'emotion', 'personaId'] as const

/**
 * Current versus future state, aligned by stage: a future stage pairs with the current stage of the
 * same template key, else with the one at the same position. Notes pair through `sourceId` (set
 * when the future state was started from the current one), so an edited note shows as changed,
 * not as one removed and one added.
 */
export function compareMaps(board: BoardView, currentMapId: string, futureMapId: string): StageComparison[] {
  const stagesOf = (mapId: string) => board.stages.filter((stage) => stage.mapId === mapId)
  const lanesById = new Map<string, Lane>(board.lanes.map((lane) => [lane.id, lane]))
  const current = stagesOf(currentMapId)
  const future = stagesOf(futureMapId)
  const notesIn = (stage: Stage | null) =>
    stage ? board.notes.filter((note) => note.stageId === stage.id) : []
  const isPain = (note: Note) => lanesById.get(note.laneId)?.kind === 'painPoints'

  const pairs: Array<[Stage | null, Stage | null]> = []
  const unpaired = new Set(future)
  current.forEach((stage, index) => {
    const match =
      future.find(
        (candidate) =>
          unpaired.has(candidate) && stage.templateKey !== '' && candidate.templateKey === stage.templateKey,
      ) ?? (future[index] && unpaired.has(future[index]) ? future[index] : undefined)
    if (match) unpaired.delete(match)
    pairs.push([stage, match ?? null])
  })
  for (const stage of unpaired) pairs.push([null, stage])

  // A note may move to another stage in the future state; pair notes across the whole map.
  const futureBySource = new Map<string, Note>()
  for (const stage of future)
    for (const note of notesIn(stage)) if (note.sourceId) futureBySource.set(note.sourceId, note)
  const currentIds = new Set(current.flatMap((stage) => notesIn(stage).map((note) => note.id)))

  return pairs.map(([now, later]) => {
    const before = notesIn(now)
    const after = notesIn(later)
    const changed: Array<{ before: Note; after: Note }> = []
    const removed: Note[] = []
    const resolvedPainPoints: Note[] = []
    for (const note of before) {
      const copy = futureBySource.get(note.id)
      if (!copy) removed.push(note)
      else if (
        CONTENT_FIELDS.some((field) => JSON.stringify(note[field]) !== JSON.stringify(copy[field])) ||
        lanesById.get(copy.laneId)?.kind !== lanesById.get(note.laneId)?.kind
      )
        changed.push({ before: note, after: copy })
      if (isPain(note) && (!copy || !isPain(copy))) resolvedPainPoints.push(note)
    }
    const added = after.filter((note) => !note.sourceId || !currentIds.has(note.sourceId))
    return { current: now, future: later, added, removed, changed, resolvedPainPoints }
  })
}
