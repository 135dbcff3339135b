import type * as Y from 'yjs'
import type { CanvasJson } from '../canvasDoc.ts'
import { type BoardView, readBoard } from '../schema/readBoard.ts'

/**
 * The JSON export: a versioned, readable snapshot of everything the schema readers see.
 *
 * Why readable records and not the Yjs update (base64): the import validates and rebuilds the
 * board through the same entity factories as the app, so a hand-edited or tool-generated file can
 * be checked field by field with line numbers; a binary update could carry anything (and the edit
 * history and client ids of the old board) and could only be checked after applying it. Fidelity
 * is kept by the type system: the import schema must name every field of every entity the readers
 * return (see boardJsonSchema.ts), so a new model field that is not exported fails to compile.
 */
export const BOARD_JSON_FORMAT = 'journey-map-board'
export const BOARD_JSON_VERSION = 1

/** @public */
export interface BoardJson extends BoardView {
  format: typeof BOARD_JSON_FORMAT
  formatVersion: number
  exportedAt: string
  /** The board's freeform canvas (tldraw records as they are stored), when anything was drawn. */
  canvas?: CanvasJson
  /**
   * The bytes of the files its attachments refer to, base64, one per hash (the export from the
   * server has them; an import stores them for the new board after checking each against its hash).
   */
  files?: EmbeddedFile[]
}

/** @public */
export interface EmbeddedFile {
  hash: string
  data: string
}

/** @public */
export function exportBoardJson(
  doc: Y.Doc,
  exportedAt: Date,
  canvas: CanvasJson | null = null,
  files: EmbeddedFile[] = [],
): BoardJson {
  return {
    format: BOARD_JSON_FORMAT,
    formatVersion: BOARD_JSON_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...readBoard(doc),
    ...(canvas ? { canvas } : {}),
    ...(files.length > 0 ? { files } : {}),
  }
}

/** Two-space indentation, so each field has its own line and import errors can name it. */
export const serializeBoardJson = (json: BoardJson): string => `${JSON.stringify(json, null, 2)}\n`
