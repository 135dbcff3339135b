import type * as Y from 'yjs'
import { MAX_ACTION_NOTES, MAX_ACTION_OWNER, MAX_ACTION_TITLE } from '../limits.ts'
import {
  ACTION_SCORE_MAX,
  ACTION_SCORE_MIN,
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
  isIsoDate,
} from '../schema/action.ts'
import { requireNote } from './noteCell.ts'
import { OpError } from './OpError.ts'
import { requireOneOf, requireText } from './validate.ts'

/** The fields of an action a person edits; each left out stays as it is. */
export type ActionFieldChange = Partial<
  Pick<Action, 'title' | 'owner' | 'due' | 'status' | 'impact' | 'effort'>
>

function requireScore(value: unknown, what: string): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < ACTION_SCORE_MIN ||
    value > ACTION_SCORE_MAX
  )
    throw new OpError(
      'invalid',
      `${what} must be a whole number from ${ACTION_SCORE_MIN} to ${ACTION_SCORE_MAX}`,
    )
  return value
}

/** Checks every given field (trimming the texts), so a refused change leaves the document untouched. */
export function requireActionFields(change: ActionFieldChange): ActionFieldChange {
  const checked: ActionFieldChange = {}
  if (change.title !== undefined)
    checked.title = requireText(change.title, 'action title', MAX_ACTION_TITLE, { nonEmpty: true }).trim()
  if (change.owner !== undefined) checked.owner = requireText(change.owner, 'owner', MAX_ACTION_OWNER).trim()
  if (change.due !== undefined) {
    if (change.due !== '' && !(typeof change.due === 'string' && isIsoDate(change.due)))
      throw new OpError('invalid', `due date ${String(change.due)} is not a date written YYYY-MM-DD`)
    checked.due = change.due
  }
  if (change.status !== undefined)
    checked.status = requireOneOf<ActionStatus>(change.status, 'action status', ACTION_STATUSES)
  if (change.impact !== undefined) checked.impact = requireScore(change.impact, 'impact')
  if (change.effort !== undefined) checked.effort = requireScore(change.effort, 'effort')
  return checked
}

/** Notes to link: each must exist; at most MAX_ACTION_NOTES in all (`linked` already there). */
export function requireNotesToLink(doc: Y.Doc, noteIds: readonly string[], linked = 0): string[] {
  const unique = [...new Set(noteIds)]
  for (const noteId of unique) requireNote(doc, noteId)
  if (linked + unique.length > MAX_ACTION_NOTES)
    throw new OpError('invalid', `an action addresses at most ${MAX_ACTION_NOTES} notes`)
  return unique
}
