import * as Y from 'yjs'
import type { Ordered } from '../order/orderKey.ts'
import { clamp, readNumber, readOneOf, readString, readStringList } from './read.ts'

export const NOTE_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple', 'gray'] as const
export type NoteColor = (typeof NOTE_COLORS)[number]

export const EMOTION_MIN = -2
export const EMOTION_MAX = 2

export interface Note extends Ordered {
  stageId: string
  laneId: string
  text: string
  color: NoteColor
  author: string
  tags: string[]
  /** -2 (very negative) .. +2 (very positive); null when not rated. */
  emotion: number | null
  /** The persona the note speaks for; '' for the map's own persona. */
  personaId: string
  createdAt: number
  updatedAt: number
  /** The note this one came from, e.g. the pain point an opportunity was promoted from. */
  linkedNoteId?: string
  /** In a future-state map: the current-state note this one was copied from (startFutureState). */
  sourceId?: string
}

export const NoteKeys = {
  id: 'id',
  stageId: 'stageId',
  laneId: 'laneId',
  order: 'order',
  text: 'text',
  color: 'color',
  author: 'author',
  tags: 'tags',
  emotion: 'emotion',
  personaId: 'personaId',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  linkedNoteId: 'linkedNoteId',
  sourceId: 'sourceId',
} as const

export function noteTextOf(map: Y.Map<unknown>): Y.Text | undefined {
  const text = map.get(NoteKeys.text)
  return text instanceof Y.Text ? text : undefined
}

/** Where a note sits: all that ordering and placing it needs, read without touching its text. */
export type NotePlacement = Pick<Note, 'id' | 'stageId' | 'laneId' | 'order'>

export function readNotePlacement(id: string, map: Y.Map<unknown>): NotePlacement {
  return {
    id,
    stageId: readString(map, NoteKeys.stageId),
    laneId: readString(map, NoteKeys.laneId),
    order: readString(map, NoteKeys.order, 'a0'),
  }
}

/** Reads a note as stored; `readBoard` additionally resolves its cell through deleted stages and lanes. */
export function readNote(id: string, map: Y.Map<unknown>): Note {
  const emotion = map.get(NoteKeys.emotion)
  const linked = map.get(NoteKeys.linkedNoteId)
  const source = map.get(NoteKeys.sourceId)
  return {
    id,
    stageId: readString(map, NoteKeys.stageId),
    laneId: readString(map, NoteKeys.laneId),
    order: readString(map, NoteKeys.order, 'a0'),
    text: noteTextOf(map)?.toString() ?? readString(map, NoteKeys.text),
    color: readOneOf(map, NoteKeys.color, NOTE_COLORS, 'yellow'),
    author: readString(map, NoteKeys.author),
    tags: readStringList(map, NoteKeys.tags),
    emotion:
      typeof emotion === 'number' && Number.isFinite(emotion)
        ? clamp(Math.round(emotion), EMOTION_MIN, EMOTION_MAX)
        : null,
    personaId: readString(map, NoteKeys.personaId),
    createdAt: readNumber(map, NoteKeys.createdAt, 0),
    updatedAt: readNumber(map, NoteKeys.updatedAt, 0),
    ...(typeof linked === 'string' && linked !== '' ? { linkedNoteId: linked } : {}),
    ...(typeof source === 'string' && source !== '' ? { sourceId: source } : {}),
  }
}

export type NewNoteFields = Omit<Note, 'personaId'> & { personaId?: string }

export function createNoteEntity(fields: NewNoteFields): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) {
    if (key === NoteKeys.text) map.set(key, new Y.Text(String(value)))
    else if (value !== null && value !== undefined) map.set(key, value)
  }
  return map
}
