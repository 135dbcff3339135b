import * as Y from 'yjs'

/**
 * Where in a document a Yjs update would write, worked out from the update's structs before it is
 * applied (so a refused update never touches the document). A path is the chain of keys from a
 * root type: `['notes', noteId, 'laneId']` for a note's lane field, `['stages', stageId]` for a
 * stage entry. The Yjs encoding omits an item's parent when it has a left or right origin (the
 * parent is the origin's), and names a nested parent only by the id of the item holding it, so
 * parents are resolved through the update itself and then through the document.
 */
export interface UpdateWrite {
  path: string[]
  /** The written value for a field set to a primitive (e.g. a note's new laneId). */
  value: unknown
  kind: 'insert' | 'delete'
}

type AnyItem = Y.Item

/**
 * Where a type of the document sits: the id of the item holding it, or the name of the root it is.
 * Read from a relative position at its start, Yjs's public and serialisable address of a type (with
 * assoc -1 at index 0 it is built without walking the type's content).
 */
function addressOf(type: Y.AbstractType<unknown>): { holder: Y.ID | null; root: string | null } {
  const position = Y.createRelativePositionFromTypeIndex(type, 0, -1)
  return { holder: position.type, root: position.tname }
}

export function updateWrites(doc: Y.Doc, update: Uint8Array): UpdateWrite[] {
  const { structs, ds } = Y.decodeUpdate(update)
  const fresh = new Map<number, Y.Item[]>()
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    const list = fresh.get(struct.id.client)
    if (list) list.push(struct)
    else fresh.set(struct.id.client, [struct])
  }
  const memo = new Map<AnyItem, string[] | null>()

  const findFresh = (id: Y.ID): Y.Item | undefined =>
    fresh.get(id.client)?.find((item) => item.id.clock <= id.clock && id.clock < item.id.clock + item.length)
  const findStored = (id: Y.ID): Y.Item | undefined => {
    if (id.clock >= Y.getState(doc.store, id.client)) return undefined
    try {
      const struct = Y.getItem(doc.store, id)
      return struct instanceof Y.Item ? struct : undefined
    } catch {
      return undefined
    }
  }
  const find = (id: Y.ID) => findFresh(id) ?? findStored(id)

  /** Path of the type held by this item (the item's own position, for entries of a map). */
  const pathOf = (item: AnyItem, depth = 0): string[] | null => {
    if (memo.has(item)) return memo.get(item) ?? null
    if (depth > 10_000) return null
    let path: string[] | null = null
    const { parent } = item
    if (parent instanceof Y.AbstractType) {
      const { holder, root } = addressOf(parent)
      const holding = holder && findStored(holder)
      const base = holding ? pathOf(holding, depth + 1) : root !== null ? [root] : null
      path = base && (item.parentSub !== null ? [...base, item.parentSub] : base)
    } else if (typeof parent === 'string') {
      path = item.parentSub !== null ? [parent, item.parentSub] : [parent]
    } else if (parent instanceof Y.ID) {
      const holder = find(parent)
      const base = holder ? pathOf(holder, depth + 1) : null
      path = base && (item.parentSub !== null ? [...base, item.parentSub] : base)
    } else {
      // No parent written: it is the parent (and map key) of the left or right origin.
      const sibling = (item.origin && find(item.origin)) || (item.rightOrigin && find(item.rightOrigin))
      path = sibling ? pathOf(sibling, depth + 1) : null
    }
    memo.set(item, path)
    return path
  }

  const writes: UpdateWrite[] = []
  for (const list of fresh.values()) {
    for (const item of list) {
      // Parts the document already has are skipped by applyUpdate, so they change nothing.
      if (item.id.clock + item.length <= Y.getState(doc.store, item.id.client)) continue
      const path = pathOf(item)
      if (!path) continue
      const content = item.content
      const value = content instanceof Y.ContentAny ? content.getContent()[0] : undefined
      writes.push({ path, value, kind: 'insert' })
    }
  }
  ds.clients.forEach((ranges, client) => {
    for (const range of ranges) {
      let clock = range.clock
      while (clock < range.clock + range.len) {
        const item = find(Y.createID(client, clock))
        if (!item) break
        if (!item.deleted) {
          const path = pathOf(item)
          if (path) writes.push({ path, value: undefined, kind: 'delete' })
        }
        clock = item.id.clock + item.length
      }
    }
  })
  return writes
}
