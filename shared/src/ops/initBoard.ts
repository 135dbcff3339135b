import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { orderKeyBetween } from '../order/orderKey.ts'
import { BoardMetaKeys, type Locale } from '../schema/board.ts'
import { createLaneEntity } from '../schema/lane.ts'
import { createMapEntity, type MapType } from '../schema/map.ts'
import { CURRENT_SCHEMA_VERSION } from '../schema/migrations/index.ts'
import { lanesOf, mapsOf, metaOf, stagesOf } from '../schema/root.ts'
import { createStageEntity } from '../schema/stage.ts'
import { DEFAULT_TEMPLATE_ID, findTemplate } from '../templates/registry.ts'
import { OpError } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'

export interface InitBoardArgs {
  title: string
  templateId?: string
  mapType?: MapType
  locale: Locale
  now: number
}

/** Fills an empty document with a board built from a template. */
export function initBoard(doc: Y.Doc, args: InitBoardArgs, origin: TransactionOrigin): void {
  const template = findTemplate(args.templateId ?? DEFAULT_TEMPLATE_ID)
  if (!template) throw new OpError('invalid', `unknown template "${args.templateId}"`)
  if (metaOf(doc).size > 0) throw new OpError('invalid', 'the board is already initialised')
  doc.transact(() => {
    const meta = metaOf(doc)
    meta.set(BoardMetaKeys.schemaVersion, CURRENT_SCHEMA_VERSION)
    meta.set(BoardMetaKeys.title, args.title || template.name[args.locale])
    meta.set(BoardMetaKeys.locale, args.locale)
    meta.set(BoardMetaKeys.templateId, template.id)
    meta.set(BoardMetaKeys.createdAt, args.now)
    const mapId = newId()
    mapsOf(doc).set(
      mapId,
      createMapEntity({
        id: mapId,
        order: orderKeyBetween(null, null),
        type: args.mapType ?? 'currentState',
        title: '',
      }),
    )
    let order: string | null = null
    for (const stage of template.stages) {
      order = orderKeyBetween(order, null)
      const id = newId()
      stagesOf(doc).set(
        id,
        createStageEntity({
          id,
          mapId,
          order,
          name: stage.name[args.locale],
          templateKey: stage.key,
          goal: stage.goal?.[args.locale] ?? '',
        }),
      )
    }
    order = null
    for (const kind of template.lanes) {
      order = orderKeyBetween(order, null)
      const id = newId()
      lanesOf(doc).set(id, createLaneEntity({ id, mapId, order, kind, name: '' }))
    }
  }, origin)
}
