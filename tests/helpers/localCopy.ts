import { readBoard } from '@jm/shared'
import type { Page } from 'playwright-core'
import * as Y from 'yjs'

/**
 * The note texts of the copy of a board the page keeps in IndexedDB, read from the browser's
 * database and merged with the real Yjs, so a test can wait until an edit is stored on the device.
 */
export async function localCopyNoteTexts(page: Page, boardId: string): Promise<string[]> {
  const updates = await page.evaluate(
    (name) =>
      new Promise<number[][]>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          if (!db.objectStoreNames.contains('updates')) {
            db.close()
            resolve([])
            return
          }
          const all = db.transaction('updates').objectStore('updates').getAll()
          all.onerror = () => reject(all.error)
          all.onsuccess = () => {
            db.close()
            resolve((all.result as Uint8Array[]).map((update) => Array.from(update)))
          }
        }
      }),
    `jm-board-${boardId}`,
  )
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update))
  const texts = readBoard(doc)
    .notes.map((note) => note.text)
    .sort()
  doc.destroy()
  return texts
}
