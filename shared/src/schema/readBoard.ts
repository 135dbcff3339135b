import type * as Y from 'yjs'
import { sortOrdered } from '../order/orderKey.ts'
import { type Action, compareActions, readAction } from './action.ts'
import { type Attachment, readAttachments } from './attachment.ts'
import { type BoardMeta, readBoardMeta } from './board.ts'
import { type Comment, compareCreated, readComment } from './comment.ts'
import { type Lane, readLane } from './lane.ts'
import { type Link, readLinks } from './link.ts'
import { type JourneyMap, readMap } from './map.ts'
import { type Note, type NotePlacement, readNote } from './note.ts'
import { type Persona, readPersona } from './persona.ts'
import { resolveLive } from './placement.ts'
import {
  actionsOf,
  commentsOf,
  type EntityMap,
  entriesOf,
  lanesOf,
  mapsOf,
  notesOf,
  personasOf,
  stagesOf,
} from './root.ts'
import { readStage, type Stage } from './stage.ts'
import { isLive } from './tombstone.ts'

export interface BoardView {
  meta: BoardMeta
  maps: JourneyMap[]
  /** Live stages and lanes only; deleted ones stay in the document as redirects. */
  stages: Stage[]
  lanes: Lane[]
  /** Notes placed in a live cell; `stageId`/`laneId` are that cell (redirects resolved). */
  notes: Note[]
  /** Notes whose stage or lane resolves to nothing live; the UI offers to place them again. */
  unplacedNotes: Note[]
  personas: Persona[]
  /** All comments, oldest first; `threadsOf` groups them per note or stage. */
  comments: Comment[]
  /** What the team will do about the notes, in list order (compareActions). */
  actions: Action[]
  /** All links on notes and stages, oldest first; `evidenceOn` picks one note's or stage's. */
  links: Link[]
  /** All attachments (references to files by hash) on notes and stages, oldest first. */
  attachments: Attachment[]
}

/** Memoises `resolveLive` for one read, so a board of many notes resolves each stage once. */
function resolverFor(collection: EntityMap): (id: string) => string | undefined {
  const cache = new Map<string, string | undefined>()
  return (id) => {
    if (!cache.has(id)) cache.set(id, resolveLive(collection, id))
    return cache.get(id)
  }
}

/** Where a note is shown, or undefined when its stage or lane chain ends in nothing live. */
export function placeNote(doc: Y.Doc): <T extends NotePlacement>(note: T) => T | undefined {
  const stageOf = resolverFor(stagesOf(doc))
  const laneOf = resolverFor(lanesOf(doc))
  return (note) => {
    const stageId = stageOf(note.stageId)
    const laneId = laneOf(note.laneId)
    if (stageId === undefined || laneId === undefined) return undefined
    return stageId === note.stageId && laneId === note.laneId ? note : { ...note, stageId, laneId }
  }
}

/** Everything of the board but its notes: small, whatever the number of notes. */
export type BoardStructure = Omit<BoardView, 'notes' | 'unplacedNotes'>

/** A plain, sorted snapshot of the whole board (for export, tests and the server). */
export function readBoard(doc: Y.Doc): BoardView {
  const { notes, unplacedNotes } = readNotes(doc)
  return { ...readBoardStructure(doc), notes: sortOrdered(notes), unplacedNotes: sortOrdered(unplacedNotes) }
}

/** The board's notes, placed (as in BoardView) or not, in no particular order. */
export function readNotes(doc: Y.Doc): Pick<BoardView, 'notes' | 'unplacedNotes'> {
  const place = placeNote(doc)
  const notes: Note[] = []
  const unplacedNotes: Note[] = []
  for (const [id, map] of entriesOf(notesOf(doc))) {
    const note = readNote(id, map)
    const placed = place(note)
    if (placed) notes.push(placed)
    else unplacedNotes.push(note)
  }
  return { notes, unplacedNotes }
}

/** A plain, sorted snapshot of the board's meta, maps, stages, lanes, personas, comments, links and attachments. */
export function readBoardStructure(doc: Y.Doc): BoardStructure {
  const personas = sortOrdered(entriesOf(personasOf(doc)).map(([id, m]) => readPersona(id, m)))
  const personaName = new Map(personas.map((persona) => [persona.id, persona.name]))
  const maps = entriesOf(mapsOf(doc)).map(([id, m]) => {
    const map = readMap(id, m)
    return { ...map, persona: personaName.get(map.personaId) ?? map.persona }
  })
  return {
    meta: readBoardMeta(doc),
    maps: sortOrdered(maps),
    stages: sortOrdered(entriesOf(stagesOf(doc)).map(([id, m]) => readStage(id, m))).filter(isLive),
    lanes: sortOrdered(entriesOf(lanesOf(doc)).map(([id, m]) => readLane(id, m))).filter(isLive),
    personas,
    comments: entriesOf(commentsOf(doc))
      .map(([id, m]) => readComment(id, m))
      .sort(compareCreated),
    actions: readActions(doc),
    links: readLinks(doc),
    attachments: readAttachments(doc),
  }
}

/** The board's actions in list order, each naming only notes that still exist. */
export function readActions(doc: Y.Doc): Action[] {
  const notes = notesOf(doc)
  const noteExists = (id: string) => notes.has(id)
  return entriesOf(actionsOf(doc))
    .map(([id, map]) => readAction(id, map, noteExists))
    .sort(compareActions)
}

/** Notes of one cell, in display order. */
export function notesInCell(notes: readonly Note[], stageId: string, laneId: string): Note[] {
  return sortOrdered(notes.filter((note) => note.stageId === stageId && note.laneId === laneId))
}
