import type * as Y from 'yjs'

/**
 * A board's freeform canvas lives in its own room, beside the content room, so the map's sync never
 * carries drawings (see DESIGN.md "Rooms"). Its Y.Doc holds every tldraw document record (shapes,
 * pages, bindings, assets) as plain JSON in the Y.Map `records`, keyed by record id, and the tldraw
 * schema that wrote them in the Y.Map `meta` (key `schema`), so a newer client can migrate them.
 */
export const CANVAS_RECORDS = 'records'
export const CANVAS_META = 'meta'

/** A canvas as plain JSON (the board's JSON export carries it). */
export interface CanvasJson {
  schema: unknown
  records: Array<{ id: string; typeName: string } & Record<string, unknown>>
}

/** The canvas of a board, or null when nothing was ever drawn on it. */
export function exportCanvasJson(doc: Y.Doc): CanvasJson | null {
  const records = [...doc.getMap<CanvasJson['records'][number]>(CANVAS_RECORDS).values()]
  if (records.length === 0) return null
  return { schema: doc.getMap(CANVAS_META).get('schema') ?? null, records }
}

/** Writes an imported canvas into a fresh canvas document. */
export function writeCanvasJson(doc: Y.Doc, canvas: CanvasJson, origin: unknown): void {
  doc.transact(() => {
    const records = doc.getMap(CANVAS_RECORDS)
    for (const record of canvas.records) records.set(record.id, record)
    if (canvas.schema !== null) doc.getMap(CANVAS_META).set('schema', canvas.schema)
  }, origin)
}
