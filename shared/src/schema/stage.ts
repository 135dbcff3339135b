import * as Y from 'yjs'
import type { Ordered } from '../order/orderKey.ts'
import { readString } from './read.ts'

export interface Stage extends Ordered {
  mapId: string
  name: string
  /** The template stage this came from, so prompts can be shown in any language. */
  templateKey: string
  goal: string
}

export const StageKeys = {
  id: 'id',
  mapId: 'mapId',
  order: 'order',
  name: 'name',
  templateKey: 'templateKey',
  goal: 'goal',
} as const

export function readStage(id: string, map: Y.Map<unknown>): Stage {
  return {
    id,
    mapId: readString(map, StageKeys.mapId),
    order: readString(map, StageKeys.order, 'a0'),
    name: readString(map, StageKeys.name),
    templateKey: readString(map, StageKeys.templateKey),
    goal: readString(map, StageKeys.goal),
  }
}

export function createStageEntity(fields: Stage): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) map.set(key, value)
  return map
}
