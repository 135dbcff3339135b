import {
  type ActionFieldChange,
  addAction,
  deleteAction,
  MAX_ACTION_TITLE,
  setActionFields,
} from '@jm/shared'
import { attempt } from '../board/attempt.ts'
import type { BoardContextValue } from '../board/BoardContext.tsx'

export interface ActionChange extends ActionFieldChange {
  unlinkNoteIds?: readonly string[]
}

/** What people do to actions, as this participant; nothing for a read-only one. */
export interface ActionWrites {
  /** The new action's id, or null when refused. */
  create(title: string, noteIds?: readonly string[]): string | null
  update(actionId: string, change: ActionChange): boolean
  remove(actionId: string): void
}

/** A title made from a note's text: its first line, cut to fit. */
export const titleFromNote = (text: string): string =>
  (text.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, MAX_ACTION_TITLE) || '…'

export function actionWrites(board: BoardContextValue): ActionWrites {
  const { doc, origin } = board.connection
  const who = () => ({ author: board.author, now: Date.now() })
  return {
    create(title, noteIds) {
      if (!board.canEdit()) return null
      return attempt(() => addAction(doc, { title, noteIds, ...who() }, origin))
    },
    update(actionId, change) {
      if (!board.canEdit()) return false
      return attempt(() => setActionFields(doc, { actionId, ...change, ...who() }, origin)) !== null
    },
    remove(actionId) {
      if (board.canEdit()) attempt(() => deleteAction(doc, { actionId }, origin))
    },
  }
}
