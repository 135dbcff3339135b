import { type DigestedAction, toBoardActionItem } from '../api/actions.ts'
import type { MapType } from '../schema/map.ts'
import type { BoardView } from '../schema/readBoard.ts'

/** What a workspace search can find, one kind per entity. @public */
export const SEARCH_KINDS = ['board', 'stage', 'note', 'comment', 'persona'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** One searchable text of a board: the entity it belongs to (`item` is its id) and its words. */
export interface SearchEntry {
  kind: SearchKind
  item: string
  text: string
}

/** What a board's card in the workspace directory shows; kept by the server as the board changes. */
export interface BoardSummaryFields {
  title: string
  mapType: MapType | ''
  template: string
  locale: string
  persona: string
  segment: string
  noteCount: number
  /** Notes in pain-point lanes that no opportunity has been drawn from yet (no note links to them). */
  openPainPoints: number
  /** Distinct non-empty owner departments of its stages, for filtering by who owns a part. */
  ownerDepartments: string[]
  /** Actions neither done nor dropped. */
  openActions: number
  /** Every action, for the workspace's action list (answered without loading boards). */
  actions: DigestedAction[]
}

export interface BoardDigest {
  summary: BoardSummaryFields
  entries: SearchEntry[]
}

/** NUL cannot be stored in PostgreSQL text or JSON, and no one searches for it. */
const clean = (text: string): string => text.replaceAll('\u0000', '')

const joinFields = (...fields: string[]): string =>
  clean(fields.filter((field) => field.trim() !== '').join('\n'))

/**
 * A board's directory card and search texts, read in one pass. The server runs it after a board's
 * updates are stored (debounced), so the directory and search never load boards per request. @public
 */
export function digestBoard(id: string, view: BoardView): BoardDigest {
  const map = view.maps[0]
  const painLanes = new Set(view.lanes.filter((lane) => lane.kind === 'painPoints').map((lane) => lane.id))
  const drawnFrom = new Set(view.notes.map((note) => note.linkedNoteId).filter((linked) => linked))
  const departments = new Set(view.stages.map((stage) => stage.ownerDepartment.trim()).filter(Boolean))
  const stageNames = new Map(view.stages.map((stage) => [stage.id, clean(stage.name)]))
  const stageOfNote = new Map(view.notes.map((note) => [note.id, stageNames.get(note.stageId) ?? '']))
  const entries: SearchEntry[] = []
  if (view.meta.title.trim()) entries.push({ kind: 'board', item: id, text: clean(view.meta.title) })
  for (const stage of view.stages) {
    const { name, goal, customerQuestion, exitCriteria, ownerDepartment, handoff } = stage
    const text = joinFields(name, goal, customerQuestion, exitCriteria, ownerDepartment, handoff)
    if (text) entries.push({ kind: 'stage', item: stage.id, text })
  }
  for (const note of view.notes)
    if (note.text.trim()) entries.push({ kind: 'note', item: note.id, text: clean(note.text) })
  for (const comment of view.comments)
    if (!comment.deleted && comment.text.trim())
      entries.push({ kind: 'comment', item: comment.id, text: clean(comment.text) })
  for (const persona of view.personas) {
    const text = joinFields(persona.name, persona.jobTitle, persona.description)
    if (text) entries.push({ kind: 'persona', item: persona.id, text })
  }
  return {
    summary: {
      title: clean(view.meta.title),
      mapType: map?.type ?? '',
      template: view.meta.templateId,
      locale: view.meta.locale,
      persona: clean(map?.persona ?? ''),
      segment: clean(map?.segment ?? ''),
      noteCount: view.notes.length,
      openPainPoints: view.notes.filter((note) => painLanes.has(note.laneId) && !drawnFrom.has(note.id))
        .length,
      ownerDepartments: [...departments].map(clean).sort(),
      openActions: view.actions.filter((action) => action.status !== 'done' && action.status !== 'dropped')
        .length,
      actions: view.actions.map((action) => {
        const { boardId: _board, ...item } = toBoardActionItem(action, id)
        const stages = new Set(action.noteIds.map((note) => stageOfNote.get(note) ?? '').filter(Boolean))
        return { ...item, title: clean(item.title), owner: clean(item.owner), stages: [...stages] }
      }),
    },
    entries,
  }
}
