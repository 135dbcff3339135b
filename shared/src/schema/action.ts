import * as Y from 'yjs'
import { clamp, readNumber, readOneOf, readString } from './read.ts'

/** Where an action is in its life; the order is the one the action list groups by (see compareActions). */
export const ACTION_STATUSES = ['doing', 'planned', 'proposed', 'done', 'dropped'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** Impact and effort are scored 1 (low) to 5 (high), like a workshop's impact/effort matrix. */
export const ACTION_SCORE_MIN = 1
export const ACTION_SCORE_MAX = 5
const DEFAULT_SCORE = 3

/**
 * What the team will fix, who does it and by when (DOMAIN.md step 4: the top pains become
 * opportunities; issue 22: from the vote to done). It addresses notes by id, kept as the keys of a
 * nested Y.Map so two people linking notes at once both keep their link.
 */
export interface Action {
  id: string
  title: string
  /** The notes it addresses that still exist; links to deleted notes are dropped by the reader. */
  noteIds: string[]
  /** A person's or a department's name; '' when nobody owns it yet. */
  owner: string
  /** An ISO date (YYYY-MM-DD), or '' for none. */
  due: string
  status: ActionStatus
  impact: number
  effort: number
  createdBy: string
  createdAt: number
  updatedBy: string
  updatedAt: number
}

export const ActionKeys = {
  id: 'id',
  title: 'title',
  noteIds: 'noteIds',
  owner: 'owner',
  due: 'due',
  status: 'status',
  impact: 'impact',
  effort: 'effort',
  createdBy: 'createdBy',
  createdAt: 'createdAt',
  updatedBy: 'updatedBy',
  updatedAt: 'updatedAt',
} as const

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date written YYYY-MM-DD that exists (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const at = Date.parse(`${value}T00:00:00Z`)
  return Number.isFinite(at) && new Date(at).toISOString().startsWith(value)
}

const readScore = (map: Y.Map<unknown>, key: string): number =>
  clamp(Math.round(readNumber(map, key, DEFAULT_SCORE)), ACTION_SCORE_MIN, ACTION_SCORE_MAX)

/** The linked note ids of an action, as stored (whether or not the notes still exist). */
export function actionNoteLinks(map: Y.Map<unknown>): Y.Map<unknown> | undefined {
  const links = map.get(ActionKeys.noteIds)
  return links instanceof Y.Map ? links : undefined
}

/** `noteExists` drops links to notes deleted since (or never seen by this replica). */
export function readAction(id: string, map: Y.Map<unknown>, noteExists: (id: string) => boolean): Action {
  const due = readString(map, ActionKeys.due)
  return {
    id,
    title: readString(map, ActionKeys.title),
    noteIds: [...(actionNoteLinks(map)?.keys() ?? [])].filter(noteExists).sort(),
    owner: readString(map, ActionKeys.owner),
    due: isIsoDate(due) ? due : '',
    status: readOneOf(map, ActionKeys.status, ACTION_STATUSES, 'proposed'),
    impact: readScore(map, ActionKeys.impact),
    effort: readScore(map, ActionKeys.effort),
    createdBy: readString(map, ActionKeys.createdBy),
    createdAt: readNumber(map, ActionKeys.createdAt, 0),
    updatedBy: readString(map, ActionKeys.updatedBy),
    updatedAt: readNumber(map, ActionKeys.updatedAt, 0),
  }
}

export function createActionEntity(fields: Action): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) if (key !== ActionKeys.noteIds) map.set(key, value)
  const links = new Y.Map<unknown>()
  for (const noteId of fields.noteIds) links.set(noteId, true)
  map.set(ActionKeys.noteIds, links)
  return map
}

/** Open work before finished work; within a status, most impact per effort first; then oldest first. */
export function compareActions(a: Action, b: Action): number {
  return (
    ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status) ||
    b.impact / b.effort - a.impact / a.effort ||
    b.impact - a.impact ||
    a.createdAt - b.createdAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** Due before `today` (YYYY-MM-DD, the reader's own calendar day) and neither done nor dropped. */
export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: string): boolean {
  return action.due !== '' && action.due < today && action.status !== 'done' && action.status !== 'dropped'
}
