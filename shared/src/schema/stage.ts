import * as Y from 'yjs'
import { newId } from '../ids.ts'
import { type Ordered, sortOrdered } from '../order/orderKey.ts'
import { createDeliverableEntity, type Deliverable, readDeliverable } from './deliverable.ts'
import { createKpiEntity, type Kpi, readKpi } from './kpi.ts'
import { readKeyedItems, readString } from './read.ts'
import { readTombstone, type Tombstone, TombstoneKeys } from './tombstone.ts'

/** A column of a map (DOMAIN.md "Stages"). */
export interface Stage extends Ordered, Tombstone {
  mapId: string
  name: string
  /** The template stage this came from, so prompts can be shown in any language. */
  templateKey: string
  goal: string
  /** The question the customer asks at this stage. */
  customerQuestion: string
  /** What counts as moving on to the next stage (seed 004's ABC tool). */
  exitCriteria: string
  /** The department that owns the stage (seed 002's responsibility matrix). */
  ownerDepartment: string
  /** How and to whom the stage is handed over (seed 002's SLA between departments). */
  handoff: string
  /** In a day-in-the-life map, when in the customer's day this happens ("08:30", "lunch"); free text. */
  timeOfDay: string
  kpis: Kpi[]
  deliverables: Deliverable[]
}

/** The plain text fields a `setStageFields` operation may write. */
export const STAGE_TEXT_FIELDS = [
  'name',
  'goal',
  'customerQuestion',
  'exitCriteria',
  'ownerDepartment',
  'handoff',
  'timeOfDay',
] as const
export type StageTextField = (typeof STAGE_TEXT_FIELDS)[number]

export const StageKeys = {
  id: 'id',
  mapId: 'mapId',
  order: 'order',
  name: 'name',
  templateKey: 'templateKey',
  goal: 'goal',
  customerQuestion: 'customerQuestion',
  exitCriteria: 'exitCriteria',
  ownerDepartment: 'ownerDepartment',
  handoff: 'handoff',
  timeOfDay: 'timeOfDay',
  /** Y.Map<kpiId, Y.Map> */
  kpis: 'kpis',
  /** Y.Map<deliverableId, Y.Map> */
  deliverables: 'deliverables',
  ...TombstoneKeys,
} as const

export function readStage(id: string, map: Y.Map<unknown>): Stage {
  return {
    id,
    mapId: readString(map, StageKeys.mapId),
    order: readString(map, StageKeys.order, 'a0'),
    name: readString(map, StageKeys.name),
    templateKey: readString(map, StageKeys.templateKey),
    goal: readString(map, StageKeys.goal),
    customerQuestion: readString(map, StageKeys.customerQuestion),
    exitCriteria: readString(map, StageKeys.exitCriteria),
    ownerDepartment: readString(map, StageKeys.ownerDepartment),
    handoff: readString(map, StageKeys.handoff),
    timeOfDay: readString(map, StageKeys.timeOfDay),
    kpis: sortOrdered(readKeyedItems(map, StageKeys.kpis, readKpi)),
    deliverables: sortOrdered(readKeyedItems(map, StageKeys.deliverables, readDeliverable)),
    ...readTombstone(map),
  }
}

export interface NewStageFields extends Ordered {
  mapId: string
  name: string
  templateKey?: string
  goal?: string
  customerQuestion?: string
  exitCriteria?: string
  ownerDepartment?: string
  handoff?: string
  timeOfDay?: string
  kpis?: Array<Omit<Kpi, 'id'> & { id?: string }>
  deliverables?: Array<Omit<Deliverable, 'id' | 'done'> & { id?: string; done?: boolean }>
}

/** A live stage; KPIs and deliverables without an id get a fresh one. */
export function createStageEntity(fields: NewStageFields): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set(StageKeys.id, fields.id)
  map.set(StageKeys.mapId, fields.mapId)
  map.set(StageKeys.order, fields.order)
  for (const key of STAGE_TEXT_FIELDS) map.set(key, fields[key] ?? '')
  map.set(StageKeys.templateKey, fields.templateKey ?? '')
  const kpis = new Y.Map<unknown>()
  for (const kpi of fields.kpis ?? []) kpis.set(kpi.id ?? newId(), createKpiEntity(kpi))
  map.set(StageKeys.kpis, kpis)
  const deliverables = new Y.Map<unknown>()
  for (const item of fields.deliverables ?? [])
    deliverables.set(item.id ?? newId(), createDeliverableEntity(item))
  map.set(StageKeys.deliverables, deliverables)
  return map
}
