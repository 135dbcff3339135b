import type { WebhookEventType } from '../api/webhooks.ts'
import type { BoardView } from '../schema/readBoard.ts'

/** Something people are told of: `key` names it once and for all, so it is delivered once. */
export interface NotableChange {
  key: string
  type: WebhookEventType
  at: number
  /** Who did it. */
  by: string
  /** The action's or the comment's id. */
  item: string
  /** The action's title or the comment's text. */
  text: string
  /** The action's owner, or the names a comment mentions. */
  people: string[]
  /** The action's due date (YYYY-MM-DD), '' for none or a comment. */
  due: string
}

/**
 * What changed on a board since `since` (ms) that a webhook tells: an action given an owner (again
 * when the owner changes), an action done, a comment mentioning people. Read from the board as it
 * is now, so a change is found however its updates arrived (offline, another instance); the keys
 * make a repeated digest, or another instance's, deliver nothing twice.
 */
export function notableChanges(board: string, view: BoardView, since: number): NotableChange[] {
  const changes: NotableChange[] = []
  for (const action of view.actions) {
    if (action.updatedAt < since) continue
    const base = {
      at: action.updatedAt,
      by: action.updatedBy,
      item: action.id,
      text: action.title,
      due: action.due,
    }
    const owner = action.owner.trim()
    if (owner)
      changes.push({
        ...base,
        key: `${board}:assigned:${action.id}:${owner.toLowerCase()}`,
        type: 'action.assigned',
        people: [owner],
      })
    if (action.status === 'done')
      changes.push({
        ...base,
        key: `${board}:done:${action.id}`,
        type: 'action.done',
        people: owner ? [owner] : [],
      })
  }
  for (const comment of view.comments) {
    if (comment.createdAt < since || comment.deleted || comment.mentions.length === 0) continue
    changes.push({
      key: `${board}:mention:${comment.id}`,
      type: 'comment.mention',
      at: comment.createdAt,
      by: comment.author,
      item: comment.id,
      text: comment.text,
      people: comment.mentions,
      due: '',
    })
  }
  return changes
}
