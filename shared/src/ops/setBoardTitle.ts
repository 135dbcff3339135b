import type * as Y from 'yjs'
import { MAX_NAME_LENGTH } from '../limits.ts'
import { BoardMetaKeys } from '../schema/board.ts'
import { metaOf } from '../schema/root.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireText } from './validate.ts'

export function setBoardTitle(doc: Y.Doc, args: { title: string }, origin: TransactionOrigin): void {
  const title = requireText(args.title, 'board title', MAX_NAME_LENGTH, { nonEmpty: true }).trim()
  doc.transact(() => metaOf(doc).set(BoardMetaKeys.title, title), origin)
}
