import * as Y from 'yjs'

/** The top-level shared types of a board document. Every entity collection is keyed by id. */
export const ROOT = {
  meta: 'meta',
  maps: 'maps',
  stages: 'stages',
  lanes: 'lanes',
  notes: 'notes',
  personas: 'personas',
  comments: 'comments',
  actions: 'actions',
  links: 'links',
  attachments: 'attachments',
} as const

export type EntityMap = Y.Map<Y.Map<unknown>>

export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOT.meta)
export const mapsOf = (doc: Y.Doc): EntityMap => doc.getMap(ROOT.maps)
export const stagesOf = (doc: Y.Doc): EntityMap => doc.getMap(ROOT.stages)
export const lanesOf = (doc: Y.Doc): EntityMap => doc.getMap(ROOT.lanes)
export const notesOf = (doc: Y.Doc): EntityMap => doc.getMap(ROOT.notes)
export const personasOf = (doc: Y.Doc): EntityMap => doc.getMap(ROOT.personas)
export const commentsOf = (doc: Y.Doc): EntityMap => doc.getMap(ROOT.comments)
export const actionsOf = (doc: Y.Doc): EntityMap => doc.getMap(ROOT.actions)
export const linksOf = (doc: Y.Doc): EntityMap => doc.getMap(ROOT.links)
export const attachmentsOf = (doc: Y.Doc): EntityMap => doc.getMap(ROOT.attachments)

/** Returns the entity's Y.Map only when it is one (a foreign client may have written anything). */
export function entityIn(collection: EntityMap, id: string): Y.Map<unknown> | undefined {
  const value: unknown = collection.get(id)
  return value instanceof Y.Map ? value : undefined
}

export function entriesOf(collection: EntityMap): Array<[string, Y.Map<unknown>]> {
  const out: Array<[string, Y.Map<unknown>]> = []
  collection.forEach((value: unknown, id) => {
    if (value instanceof Y.Map) out.push([id, value])
  })
  return out
}
