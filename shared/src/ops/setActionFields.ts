import * as Y from 'yjs'
import { ActionKeys, actionNoteLinks } from '../schema/action.ts'
import { actionsOf, entityIn, notesOf } from '../schema/root.ts'
import { type ActionFieldChange, requireActionFields, requireNotesToLink } from './actionFields.ts'
import { requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

export interface SetActionFieldsArgs extends ActionFieldChange {
  actionId: string
  /** Notes it addresses from now on, besides those it already does. */
  linkNoteIds?: readonly string[]
  /** Notes it no longer addresses (ids of deleted notes are accepted, to clean up). */
  unlinkNoteIds?: readonly string[]
  author: string
  now: number
}

export function setActionFields(doc: Y.Doc, args: SetActionFieldsArgs, origin: TransactionOrigin): void {
  const action = requireEntity(entityIn(actionsOf(doc), args.actionId), 'action', args.actionId)
  const fields = requireActionFields(args)
  const existing = actionNoteLinks(action)
  const unlink = new Set(args.unlinkNoteIds ?? [])
  const kept = [...(existing?.keys() ?? [])].filter((id) => !unlink.has(id) && notesOf(doc).has(id))
  const link = requireNotesToLink(
    doc,
    (args.linkNoteIds ?? []).filter((id) => !kept.includes(id)),
    kept.length,
  )
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) action.set(key, value)
    if (link.length > 0 || unlink.size > 0) {
      // A foreign client may have stored the links as something else: start a fresh set then.
      const links = existing ?? new Y.Map<unknown>()
      if (!existing) action.set(ActionKeys.noteIds, links)
      for (const noteId of unlink) links.delete(noteId)
      for (const noteId of link) links.set(noteId, true)
    }
    action.set(ActionKeys.updatedBy, args.author)
    action.set(ActionKeys.updatedAt, args.now)
  }, origin)
}
