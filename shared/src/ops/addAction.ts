import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { createActionEntity } from '../schema/action.ts'
import { actionsOf } from '../schema/root.ts'
import { type ActionFieldChange, requireActionFields, requireNotesToLink } from './actionFields.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireNewId } from './validate.ts'

export interface AddActionArgs extends ActionFieldChange {
  title: string
  /** The pain points, opportunities or other notes it addresses. */
  noteIds?: readonly string[]
  author: string
  now: number
  id?: string
}

export function addAction(doc: Y.Doc, args: AddActionArgs, origin: TransactionOrigin): string {
  const fields = requireActionFields(args)
  const noteIds = requireNotesToLink(doc, args.noteIds ?? [])
  const id = args.id === undefined ? newId() : requireNewId(args.id, actionsOf(doc).has(args.id), 'action')
  doc.transact(() => {
    actionsOf(doc).set(
      id,
      createActionEntity({
        id,
        title: fields.title ?? '',
        noteIds,
        owner: fields.owner ?? '',
        due: fields.due ?? '',
        status: fields.status ?? 'proposed',
        impact: fields.impact ?? 3,
        effort: fields.effort ?? 3,
        createdBy: args.author,
        createdAt: args.now,
        updatedBy: args.author,
        updatedAt: args.now,
      }),
    )
  }, origin)
  return id
}
