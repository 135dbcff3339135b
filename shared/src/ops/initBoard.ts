import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_FIELD_LENGTH, MAX_NAME_LENGTH } from '../limits.ts'
import { orderKeyBetween, orderKeys } from '../order/orderKey.ts'
import { isLocale, type Locale, writeBoardMeta } from '../schema/board.ts'
import { createMapEntity, MAP_TYPES, type MapType } from '../schema/map.ts'
import { CURRENT_SCHEMA_VERSION } from '../schema/migrations/index.ts'
import { mapsOf, metaOf, stagesOf } from '../schema/root.ts'
import { createStageEntity } from '../schema/stage.ts'
import {
  DEFAULT_TEMPLATE_ID,
  deliverableSuggestions,
  findTemplate,
  kpiSuggestions,
} from '../templates/registry.ts'
import type { Localized } from '../templates/types.ts'
import { type AddPersonaArgs, addPersona } from './addPersona.ts'
import { OpError } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireText } from './validate.ts'
import { writePresetLanes } from './writePresetLanes.ts'

export interface InitBoardArgs {
  title: string
  templateId?: string
  /** Picks the lane preset; the template's own suggestion when omitted. */
  mapType?: MapType
  locale: Locale
  now: number
  /** Whom the map is drawn for: a first persona, made the map's. */
  persona?: AddPersonaArgs
  /** The target segment of the map. */
  segment?: string
}

/**
 * Fills an empty document with a board built from a template: one map whose lanes come from the
 * map type's preset, and the template's stages with their goals, questions, exit criteria,
 * owners, handoffs, KPI suggestions and deliverables in the board's language.
 */
export function initBoard(doc: Y.Doc, args: InitBoardArgs, origin: TransactionOrigin): void {
  const template = findTemplate(args.templateId ?? DEFAULT_TEMPLATE_ID)
  if (!template) throw new OpError('invalid', `unknown template "${args.templateId}"`)
  if (!isLocale(args.locale)) throw new OpError('invalid', `unsupported language "${String(args.locale)}"`)
  const mapType = args.mapType ?? template.mapType
  if (!MAP_TYPES.includes(mapType)) throw new OpError('invalid', `unknown map type "${String(mapType)}"`)
  requireText(args.title, 'board title', MAX_NAME_LENGTH)
  const segment = requireText(args.segment ?? '', 'segment', MAX_FIELD_LENGTH)
  if (metaOf(doc).size > 0) throw new OpError('invalid', 'the board is already initialised')
  const text = (value: Localized | undefined) => value?.[args.locale] ?? ''
  // First, on its own: it checks its fields before writing anything.
  const personaId = args.persona ? addPersona(doc, args.persona, origin) : ''
  doc.transact(() => {
    writeBoardMeta(metaOf(doc), {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      title: args.title.trim() || text(template.name),
      locale: args.locale,
      templateId: template.id,
      createdAt: args.now,
    })
    const mapId = newId()
    mapsOf(doc).set(
      mapId,
      createMapEntity({
        id: mapId,
        order: orderKeyBetween(null, null),
        type: mapType,
        title: '',
        personaId,
        segment,
      }),
    )
    const stageOrders = orderKeys(template.stages.length)
    template.stages.forEach((stage, index) => {
      const id = newId()
      const kpiOrders = orderKeys(kpiSuggestions(stage).length)
      const deliverableOrders = orderKeys(deliverableSuggestions(stage).length)
      stagesOf(doc).set(
        id,
        createStageEntity({
          id,
          mapId,
          order: stageOrders[index] ?? 'a0',
          name: text(stage.name),
          templateKey: stage.key,
          goal: text(stage.goal),
          customerQuestion: text(stage.customerQuestion),
          exitCriteria: text(stage.exitCriteria),
          ownerDepartment: text(stage.ownerDepartment),
          handoff: text(stage.handoff),
          kpis: kpiSuggestions(stage).map((kpi, k) => ({
            order: kpiOrders[k] ?? 'a0',
            name: text(kpi),
            target: null,
            actual: null,
            unit: '',
          })),
          deliverables: deliverableSuggestions(stage).map((item, k) => ({
            order: deliverableOrders[k] ?? 'a0',
            text: text(item),
          })),
        }),
      )
    })
    writePresetLanes(doc, mapId, mapType)
  }, origin)
}
