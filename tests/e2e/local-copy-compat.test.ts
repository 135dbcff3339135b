import { fileURLToPath } from 'node:url'
import { addNote, LocalOrigin, readBoard } from '@jm/shared'
import { build } from 'esbuild'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { noteTexts } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { connectClient } from '../helpers/yclient.ts'

/**
 * The stock y-indexeddb (which kept the app's local copies before LocalStore) and our LocalStore,
 * bundled for the page: `window.compat`.
 */
async function compatBundle(): Promise<string> {
  const localStore = fileURLToPath(new URL('../../client/src/sync/LocalStore.ts', import.meta.url))
  const result = await build({
    stdin: {
      contents: `
        import * as Y from 'yjs'
        import { IndexeddbPersistence } from 'y-indexeddb'
        import { LocalStore, COMPACT_AT } from ${JSON.stringify(localStore)}
        window.compat = { Y, IndexeddbPersistence, LocalStore, COMPACT_AT }`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

/** A page of the app's origin (so it shares the app's IndexedDB) with the bundle loaded. */
async function pageWithCompat(page: Page, url: string, bundle: string): Promise<void> {
  await page.goto(`${url}/api/health`)
  await page.evaluate(bundle)
}

describe('local copies written by the stock y-indexeddb', () => {
  const app = useAppInBrowser()

  it('open in LocalStore, which appends to and compacts the same log, and the stock one reads that back', async () => {
    const bundle = await compatBundle()
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await pageWithCompat(page, app.server.url, bundle)
    const result = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's globals, typed by the module it bundles
      const { Y, IndexeddbPersistence, LocalStore, COMPACT_AT } = (window as any).compat
      const name = 'jm-board-compat'
      const entries = () =>
        new Promise<number>((resolve) => {
          const request = indexedDB.open(name)
          request.onsuccess = () => {
            const count = request.result.transaction('updates').objectStore('updates').count()
            count.onsuccess = () => {
              request.result.close()
              resolve(count.result)
            }
          }
        })
      const until = async (done: () => Promise<boolean>) => {
        while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 50))
      }

      const before = new Y.Doc()
      const stock = new IndexeddbPersistence(name, before)
      await stock.whenSynced
      for (const word of ['unsynced', 'offline', 'edits']) before.getArray('words').push([word])
      await until(async () => (await entries()) >= 4)
      await stock.destroy()
      before.destroy()

      const doc = new Y.Doc()
      const local = new LocalStore(name, doc)
      await local.whenLoaded
      const read = doc.getArray('words').toArray()
      for (let i = 0; i < COMPACT_AT + 20; i++) doc.getMap('counts').set('n', i)
      const written = await entries()
      await until(async () => (await entries()) < 10)
      local.destroy()
      doc.destroy()

      const after = new Y.Doc()
      const again = new IndexeddbPersistence(name, after)
      await again.whenSynced
      const back = { words: after.getArray('words').toArray(), n: after.getMap('counts').get('n') }
      await again.destroy()
      return { read, written, compacted: await entries(), back, last: COMPACT_AT + 19 }
    })
    expect(result.read).toEqual(['unsynced', 'offline', 'edits'])
    expect(result.written).toBeGreaterThanOrEqual(500)
    expect(result.compacted).toBeLessThan(10)
    expect(result.back).toEqual({ words: ['unsynced', 'offline', 'edits'], n: result.last })
    await context.close()
  })

  it("keep a board's unsynced edits: the app shows them and sends them to the relay", async () => {
    const board = await createBoard(app.server.url, { title: 'Written by the old client' })
    const writer = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
    await writer.synced
    // The edit made offline by the app as it was, never sent: only in its IndexedDB copy.
    const offline = new Y.Doc()
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(writer.doc))
    const { stages, lanes } = readBoard(offline)
    const before = Y.encodeStateVector(offline)
    addNote(
      offline,
      {
        stageId: stages[0]?.id ?? '',
        laneId: lanes[0]?.id ?? '',
        author: 'old',
        now: 1,
        text: 'Kept offline',
      },
      new LocalOrigin('old client'),
    )
    const updates = [Y.encodeStateAsUpdate(writer.doc), Y.encodeStateAsUpdate(offline, before)].map(
      (update) => Array.from(update),
    )

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await context.newPage()
    await pageWithCompat(page, app.server.url, await compatBundle())
    await page.evaluate(
      async ({ id, updates }) => {
        // biome-ignore lint/suspicious/noExplicitAny: the bundle's globals, typed by the module it bundles
        const { Y, IndexeddbPersistence } = (window as any).compat
        const doc = new Y.Doc()
        const stock = new IndexeddbPersistence(`jm-board-${id}`, doc)
        await stock.whenSynced
        for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update))
        // y-indexeddb writes each update in a transaction of its own; a read of the same store
        // begun after them starts once they have committed.
        await new Promise((resolve) => {
          stock.db.transaction('updates').oncomplete = resolve
        })
        await stock.destroy()
        localStorage.setItem(`jm-local-copy-${id}`, '1')
      },
      { id: board.id, updates },
    )

    await page.goto(app.server.url + board.links.editor)
    await page.getByTestId('join-name').fill('Ana')
    await page.getByTestId('join-submit').click()
    await page.getByTestId('board-grid').waitFor()
    await eventually(async () => expect(await noteTexts(page)).toEqual(['Kept offline']))
    await eventually(() =>
      expect(readBoard(writer.doc).notes.map((note) => note.text)).toEqual(['Kept offline']),
    )
    writer.destroy()
    await context.close()
  })
})
