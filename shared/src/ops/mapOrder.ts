import type * as Y from 'yjs'
import { type Ordered, orderKeyAt, sortOrdered } from '../order/orderKey.ts'
import { MapKeys } from '../schema/map.ts'
import { readString } from '../schema/read.ts'
import { entriesOf, mapsOf } from '../schema/root.ts'

/** The order key that puts a map at `index` among the board's maps (the end when undefined). */
export function mapOrderAt(doc: Y.Doc, index: number | undefined, except?: string): string {
  const siblings: Ordered[] = sortOrdered(
    entriesOf(mapsOf(doc))
      .filter(([id]) => id !== except)
      .map(([id, map]) => ({ id, order: readString(map, MapKeys.order, 'a0') })),
  )
  return orderKeyAt(siblings, index ?? siblings.length)
}
