import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { untilServiceWorkerControls } from '../helpers/restartableServer.ts'
import { solidPng } from '../helpers/solidPng.ts'

/** A 1 x 1 PNG, so the browser has a real picture to decode. */
const PIXEL = Buffer.from(solidPng(1, 1, [200, 40, 60]))

describe('files on notes in Chromium', () => {
  const app = useAppInBrowser()

  it('an editor attaches a picture and a PDF; a viewer sees the thumbnail and the file live; SVG is refused', async () => {
    const board = await createBoard(app.server.url, { title: 'Evidence files' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Alice')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.viewer, 'Bob')
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Checkout screenshot')
    await alice.page.getByTestId('note').click({ position: { x: 5, y: 5 } })
    const picker = alice.page.getByTestId('note-toolbar').getByTestId('attach-file')

    await picker.setInputFiles({
      name: 'drawing.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    })
    const alert = alice.page.getByTestId('note-toolbar').getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('drawing.svg was not accepted')

    await picker.setInputFiles([
      { name: 'checkout.png', mimeType: 'image/png', buffer: PIXEL },
      { name: 'interview.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
    ])
    const thumb = bob.page.getByTestId('note').getByTestId('attachment-thumb')
    await eventually(async () => {
      expect(await thumb.count()).toBe(1)
      // Decoded: the picture arrived through the API and is a real image.
      expect(await thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1)
    })
    expect(await thumb.getAttribute('alt')).toBe('checkout.png')
    expect(await thumb.getAttribute('src')).toMatch(/^blob:/)
    const file = bob.page.getByTestId('note').getByTestId('attachment-file')
    await eventually(async () => expect(await file.textContent()).toBe('interview.pdf'))
    expect(await bob.page.getByTestId('attach-file').count()).toBe(0)

    await alice.page.getByTestId('note-toolbar').getByTestId('remove-attachment').first().click()
    await eventually(async () => expect(await thumb.count()).toBe(0))
    await alice.context.close()
    await bob.context.close()
  })

  it('attaches a file dropped on a note, makes notes of files dropped on a cell, and attaches a screenshot pasted while a note is selected', async () => {
    const board = await createBoard(app.server.url, { title: 'Dropped evidence' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Alice')
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Slow quote')
    const note = alice.page.getByTestId('note')
    const transfer = await alice.page.evaluateHandle((text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'ticket-4711.txt', { type: 'text/plain' }))
      return data
    }, 'Ticket 4711: the quote took nine days')
    await note.dispatchEvent('dragover', { dataTransfer: transfer })
    await note.dispatchEvent('drop', { dataTransfer: transfer })
    await eventually(async () =>
      expect(await note.getByTestId('attachment-file').textContent()).toBe('ticket-4711.txt'),
    )

    // Two files dropped on a cell's free space: a note for each, named after it, with it attached.
    const emptyCell = await cell(alice.page, 1, 0)
    const twoFiles = await alice.page.evaluateHandle(() => {
      const data = new DataTransfer()
      data.items.add(new File(['Win/loss: lost on price'], 'win-loss Q3.txt', { type: 'text/plain' }))
      data.items.add(new File(['%PDF-1.4\n%%EOF\n'], 'survey.pdf', { type: 'application/pdf' }))
      return data
    })
    await emptyCell.dispatchEvent('dragover', { dataTransfer: twoFiles })
    await emptyCell.dispatchEvent('drop', { dataTransfer: twoFiles })
    const dropped = emptyCell.getByTestId('note')
    await eventually(async () => {
      expect(await dropped.locator('.note-text').allTextContents()).toEqual(['win-loss Q3', 'survey'])
      expect(await dropped.getByTestId('attachment-file').allTextContents()).toEqual([
        'win-loss Q3.txt',
        'survey.pdf',
      ])
    })

    await note.first().click({ position: { x: 5, y: 5 } })
    await alice.page.evaluate(
      (bytes) => {
        const data = new DataTransfer()
        data.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }))
        const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
        ;(document.activeElement ?? document.body).dispatchEvent(paste)
      },
      [...PIXEL],
    )
    const thumb = note.first().getByTestId('attachment-thumb')
    await eventually(async () =>
      expect(await thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1),
    )
    await alice.context.close()
  })

  it('shows a picture seen once with the server down, from the service worker', async () => {
    const board = await createBoard(app.server.url, { title: 'Offline evidence' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Alice')
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Seen before the train')
    await alice.page.getByTestId('note').click({ position: { x: 5, y: 5 } })
    await alice.page
      .getByTestId('note-toolbar')
      .getByTestId('attach-file')
      .setInputFiles({ name: 'dashboard.png', mimeType: 'image/png', buffer: PIXEL })
    const thumb = alice.page.getByTestId('note').getByTestId('attachment-thumb')
    const decoded = () => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)
    await eventually(async () => expect(await decoded()).toBe(1))
    const status = alice.page.getByTestId('sync-status')
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'))
    // Seen once while the service worker controls the page, the picture is in its cache.
    await untilServiceWorkerControls(alice.page)
    await alice.page.reload()
    await eventually(async () => expect(await decoded()).toBe(1))
    const cached = () =>
      alice.page.evaluate(async () => (await (await caches.open('jm-attachments-v1')).keys()).length)
    await eventually(async () => expect(await cached()).toBe(1))

    await app.server.stop()
    try {
      await alice.page.reload()
      await alice.page.getByTestId('board-grid').waitFor({ timeout: 15_000 })
      await eventually(async () => expect(await decoded()).toBe(1))
    } finally {
      await app.server.start()
    }
    await alice.context.close()
  })

  it('keeps a file attached with the server down, marked as waiting, and uploads it once the server is back', async () => {
    const board = await createBoard(app.server.url, { title: 'Train evidence' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Alice')
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Written on the train')
    const status = alice.page.getByTestId('sync-status')
    await eventually(async () => expect(await status.getAttribute('data-state')).toBe('online'))
    const note = alice.page.getByTestId('note')
    await note.click({ position: { x: 5, y: 5 } })
    const waiting = note.getByTestId('attachment-waiting')
    const decoded = (page: typeof alice.page) =>
      page
        .getByTestId('note')
        .getByTestId('attachment-thumb')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)

    await app.server.stop()
    try {
      await alice.page
        .getByTestId('note-toolbar')
        .getByTestId('attach-file')
        .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: PIXEL })
      await waiting.waitFor()
      // Shown from this browser meanwhile.
      await eventually(async () => expect(await decoded(alice.page)).toBe(1))
    } finally {
      await app.server.start()
    }
    await eventually(async () => expect(await waiting.count()).toBe(0), { timeout: 40_000 })
    const bob = await openBoardAs(app.browser, app.server.url + board.links.viewer, 'Bob')
    await eventually(async () => expect(await decoded(bob.page)).toBe(1), { timeout: 40_000 })
    await alice.context.close()
    await bob.context.close()
  })
})
