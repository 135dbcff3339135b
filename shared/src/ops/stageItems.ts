import * as Y from 'yjs'
import { type Ordered, orderKeyAt, sortOrdered } from '../order/orderKey.ts'
import { readString } from '../schema/read.ts'
import type { StageKeys } from '../schema/stage.ts'
import { requireEntity } from './OpError.ts'

/** The keyed collections inside a stage: its KPIs and its deliverables. */
export type StageItemsKey = typeof StageKeys.kpis | typeof StageKeys.deliverables

/**
 * The stage's nested collection, created when missing. Every stage gets both from its factory
 * (and migration 2 adds them to older stages), so creating one here only happens for documents
 * from foreign writers.
 */
export function stageItemsOf(stage: Y.Map<unknown>, key: StageItemsKey): Y.Map<Y.Map<unknown>> {
  const existing = stage.get(key)
  if (existing instanceof Y.Map) return existing as Y.Map<Y.Map<unknown>>
  const created = new Y.Map<Y.Map<unknown>>()
  stage.set(key, created)
  return created
}

export function requireStageItem(
  stage: Y.Map<unknown>,
  key: StageItemsKey,
  id: string,
  what: string,
): Y.Map<unknown> {
  const items = stage.get(key)
  const item = items instanceof Y.Map ? items.get(id) : undefined
  return requireEntity(item instanceof Y.Map ? item : undefined, what, id)
}

/** The order key for `index` among the collection's items (the end when undefined). */
export function stageItemOrder(stage: Y.Map<unknown>, key: StageItemsKey, index: number | undefined): string {
  const items = stage.get(key)
  const siblings: Ordered[] = []
  if (items instanceof Y.Map) {
    items.forEach((item: unknown, id: string) => {
      if (item instanceof Y.Map) siblings.push({ id, order: readString(item, 'order', 'a0') })
    })
  }
  const sorted = sortOrdered(siblings)
  return orderKeyAt(sorted, index ?? sorted.length)
}
