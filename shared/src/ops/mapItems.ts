/**
 * What stages and lanes have in common: both are ordered items of one map, deleted by tombstone
 * (see schema/tombstone.ts). The stage and lane operations are thin wrappers around these helpers.
 */
import type * as Y from 'yjs'
import { type Ordered, orderKeyAt, sortOrdered } from '../order/orderKey.ts'
import { readString } from '../schema/read.ts'
import { type EntityMap, entityIn, entriesOf, lanesOf, mapsOf, stagesOf } from '../schema/root.ts'
import { readTombstone, TombstoneKeys } from '../schema/tombstone.ts'
import { OpError, requireEntity } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireIndex } from './validate.ts'

export interface MapItemKind {
  what: 'stage' | 'lane'
  collection(doc: Y.Doc): EntityMap
}

export const STAGE_ITEMS: MapItemKind = { what: 'stage', collection: stagesOf }
export const LANE_ITEMS: MapItemKind = { what: 'lane', collection: lanesOf }

const MAP_ID = 'mapId'
const ORDER = 'order'

export interface LiveItem {
  entity: Y.Map<unknown>
  mapId: string
}

export function requireMap(doc: Y.Doc, mapId: string): Y.Map<unknown> {
  return requireEntity(entityIn(mapsOf(doc), mapId), 'map', mapId)
}

/** The item's Y.Map, refused when it is missing or deleted. */
export function requireLiveItem(doc: Y.Doc, kind: MapItemKind, id: string): LiveItem {
  const entity = requireEntity(entityIn(kind.collection(doc), id), kind.what, id)
  if (readTombstone(entity).deletedAt !== null)
    throw new OpError('not-found', `${kind.what} ${id} was deleted`)
  return { entity, mapId: readString(entity, MAP_ID) }
}

/** Live items of a map in display order, optionally without one. */
export function liveSiblings(doc: Y.Doc, kind: MapItemKind, mapId: string, except?: string): Ordered[] {
  const out: Ordered[] = []
  for (const [id, entity] of entriesOf(kind.collection(doc))) {
    if (id === except || readString(entity, MAP_ID) !== mapId) continue
    if (readTombstone(entity).deletedAt !== null) continue
    out.push({ id, order: readString(entity, ORDER, 'a0') })
  }
  return sortOrdered(out)
}

/** The order key for `index` among the map's live items (the end when undefined). */
export function orderForIndex(
  doc: Y.Doc,
  kind: MapItemKind,
  mapId: string,
  index: number | undefined,
  except?: string,
): string {
  const siblings = liveSiblings(doc, kind, mapId, except)
  return orderKeyAt(siblings, index ?? siblings.length)
}

/** Reordering is one write of the item's order key, so a concurrent insert or move never duplicates it. */
export function moveItem(
  doc: Y.Doc,
  kind: MapItemKind,
  id: string,
  index: number,
  origin: TransactionOrigin,
): void {
  const item = requireLiveItem(doc, kind, id)
  requireIndex(index)
  doc.transact(() => item.entity.set(ORDER, orderForIndex(doc, kind, item.mapId, index, id)), origin)
}

/**
 * Checks a delete and picks where the item's notes go: `redirectTo`, or the previous live
 * sibling (the next one for the first item). A map keeps at least one stage and one lane.
 */
export function planDelete(doc: Y.Doc, kind: MapItemKind, id: string, redirectTo?: string): DeletePlan {
  const item = requireLiveItem(doc, kind, id)
  const siblings = liveSiblings(doc, kind, item.mapId)
  const position = siblings.findIndex((sibling) => sibling.id === id)
  const others = siblings.filter((sibling) => sibling.id !== id)
  if (others.length === 0) throw new OpError('invalid', `the last ${kind.what} of a map cannot be deleted`)
  if (redirectTo !== undefined && !others.some((sibling) => sibling.id === redirectTo)) {
    throw new OpError('invalid', `notes can only go to another live ${kind.what} of the same map`)
  }
  const target = redirectTo ?? (siblings[position - 1] ?? siblings[position + 1])?.id ?? ''
  return { entity: item.entity, redirectTo: target }
}

export interface DeletePlan {
  entity: Y.Map<unknown>
  redirectTo: string
}

export function writeTombstone(plan: DeletePlan, now: number): void {
  plan.entity.set(TombstoneKeys.deletedAt, now)
  plan.entity.set(TombstoneKeys.redirectTo, plan.redirectTo)
}

/** A deleted item's Y.Map, refused when it is missing or live. */
export function requireDeletedItem(doc: Y.Doc, kind: MapItemKind, id: string): Y.Map<unknown> {
  const entity = requireEntity(entityIn(kind.collection(doc), id), kind.what, id)
  if (readTombstone(entity).deletedAt === null)
    throw new OpError('invalid', `${kind.what} ${id} is not deleted`)
  return entity
}

/** Brings a deleted item back; notes that were redirected from it show in it again. */
export function clearTombstone(entity: Y.Map<unknown>): void {
  entity.delete(TombstoneKeys.deletedAt)
  entity.delete(TombstoneKeys.redirectTo)
}
