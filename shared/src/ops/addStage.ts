import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_FIELD_LENGTH, MAX_NAME_LENGTH } from '../limits.ts'
import { stagesOf } from '../schema/root.ts'
import { createStageEntity } from '../schema/stage.ts'
import { orderForIndex, requireMap, STAGE_ITEMS } from './mapItems.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireIndex, requireNewId, requireText } from './validate.ts'

export interface AddStageArgs {
  mapId: string
  name: string
  goal?: string
  /** Position among the map's stages; the end when omitted. */
  index?: number
  id?: string
}

export function addStage(doc: Y.Doc, args: AddStageArgs, origin: TransactionOrigin): string {
  requireMap(doc, args.mapId)
  const name = requireText(args.name, 'stage name', MAX_NAME_LENGTH, { nonEmpty: true })
  const goal = requireText(args.goal ?? '', 'stage goal', MAX_FIELD_LENGTH)
  if (args.index !== undefined) requireIndex(args.index)
  const id = args.id === undefined ? newId() : requireNewId(args.id, stagesOf(doc).has(args.id), 'stage')
  doc.transact(() => {
    const order = orderForIndex(doc, STAGE_ITEMS, args.mapId, args.index)
    stagesOf(doc).set(id, createStageEntity({ id, mapId: args.mapId, order, name, goal }))
  }, origin)
  return id
}
