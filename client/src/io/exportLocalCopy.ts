import { type CanvasJson, canvasRoomName, exportCanvasJson } from '@jm/shared'
import { exportBoardJson, serializeBoardJson } from '@jm/shared/io/boardJson'
import * as Y from 'yjs'
import { saveFile } from '../primitives/saveFile.ts'
import { LocalStore } from '../sync/LocalStore.ts'
import { localDatabaseName, localDatabasesOf } from '../sync/localCopy.ts'

/**
 * Saves the board as this device holds it, in the format of the JSON export, for a board the server
 * no longer has: built here from the open document (changes never synced included) and the local
 * copy of its canvas.
 */
export async function exportLocalCopy(boardId: string, doc: Y.Doc): Promise<void> {
  const json = exportBoardJson(doc, new Date(), await localCanvas(boardId))
  const title = json.meta.title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim() || `board-${boardId}`
  saveFile(new Blob([serializeBoardJson(json)], { type: 'application/json' }), `${title}.json`)
}

/**
 * The canvas as this device stored it, read from IndexedDB: its panel need not be open. Its database
 * is looked for by name, as a canvas first drawn on in this session carries no local-copy mark yet.
 */
async function localCanvas(boardId: string): Promise<CanvasJson | null> {
  const database = localDatabaseName(canvasRoomName(boardId))
  if (!(await localDatabasesOf(boardId)).includes(database)) return null
  const doc = new Y.Doc()
  const local = new LocalStore(database, doc)
  try {
    await local.whenLoaded
    return exportCanvasJson(doc)
  } finally {
    doc.destroy()
  }
}
