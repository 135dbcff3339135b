import * as Y from 'yjs'
import type { Ordered } from '../order/orderKey.ts'
import { readBoolean, readString } from './read.ts'

/** A document or material used at a stage (seed 004: feasibility report, acceptance report, ...). */
export interface Deliverable extends Ordered {
  text: string
  /** Ticked off in the stage's deliverables checklist. */
  done: boolean
}

export const DeliverableKeys = { order: 'order', text: 'text', done: 'done' } as const

export function readDeliverable(id: string, map: Y.Map<unknown>): Deliverable {
  return {
    id,
    order: readString(map, DeliverableKeys.order, 'a0'),
    text: readString(map, DeliverableKeys.text),
    done: readBoolean(map, DeliverableKeys.done),
  }
}

export function createDeliverableEntity(
  fields: Omit<Deliverable, 'id' | 'done'> & { done?: boolean },
): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set(DeliverableKeys.order, fields.order)
  map.set(DeliverableKeys.text, fields.text)
  map.set(DeliverableKeys.done, fields.done ?? false)
  return map
}
