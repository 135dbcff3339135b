import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { drawRectangle, openCanvas, shapeCount } from '../helpers/canvasPage.ts'
import { eventually } from '../helpers/eventually.ts'

describe('the canvas beside the map, live between browsers', () => {
  const app = useAppInBrowser()

  it("shows each other's drawings, cursors and live note references; a viewer only watches", async () => {
    const board = await createBoard(app.server.url, { title: 'Canvas live' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    const carol = await openBoardAs(app.browser, app.server.url + board.links.viewer, 'Carol')
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Webinar invite')
    await Promise.all([openCanvas(alice.page), openCanvas(bob.page), openCanvas(carol.page)])

    await drawRectangle(alice.page, { x: 80, y: 200 }, { x: 240, y: 320 })
    await eventually(async () => expect(await shapeCount(bob.page, 'geo')).toBe(1), { timeout: 10_000 })
    await drawRectangle(bob.page, { x: 300, y: 200 }, { x: 420, y: 300 })
    await eventually(async () => {
      expect(await shapeCount(alice.page, 'geo')).toBe(2)
      expect(await shapeCount(carol.page, 'geo')).toBe(2)
    })

    // Presence: Alice's cursor, with her name, moves on Bob's canvas.
    const aliceCanvas = await alice.page.getByTestId('canvas-host').boundingBox()
    if (!aliceCanvas) throw new Error('no canvas')
    await alice.page.mouse.move(aliceCanvas.x + 200, aliceCanvas.y + 420, { steps: 4 })
    await bob.page.locator('.tl-nametag', { hasText: 'Alice' }).waitFor({ timeout: 10_000 })

    // A journey note placed on the canvas shows the note's current text everywhere.
    await alice.page.getByTestId('canvas-place-note').selectOption({ label: 'Webinar invite' })
    const bobsReference = bob.page.getByTestId('canvas-note').first()
    await eventually(async () => expect(await bobsReference.textContent()).toContain('Webinar invite'))
    await alice.page.locator('[data-testid="note"]').first().dblclick()
    await alice.page.getByTestId('note-editor').press('End')
    await alice.page.getByTestId('note-editor').pressSequentially(' series')
    await alice.page.getByTestId('note-editor').press('Escape')
    await eventually(async () => expect(await bobsReference.textContent()).toContain('Webinar invite series'))

    // A note dragged from the map onto the canvas becomes a reference too.
    await bob.page
      .locator('[data-testid="note"]')
      .first()
      .dragTo(bob.page.getByTestId('canvas-host'), { targetPosition: { x: 420, y: 420 } })
    await eventually(async () => expect(await shapeCount(alice.page, 'journey-note')).toBe(2))

    // "Show on map" brings Bob to the note on the map.
    await bob.page.getByTestId('canvas-note-open').first().click()
    await eventually(async () =>
      expect(await bob.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '')).toBe(
        'note',
      ),
    )

    // The viewer's canvas is read-only: the rectangle tool draws nothing, and the relay never had to
    // refuse a write (her canvas stays connected).
    await drawRectangle(carol.page, { x: 80, y: 420 }, { x: 200, y: 520 })
    expect(await shapeCount(carol.page, 'geo')).toBe(2)
    expect(await carol.page.getByTestId('canvas-place-note').count()).toBe(0)
    const carolStatus = carol.page.getByTestId('canvas-panel').getByTestId('sync-status')
    await eventually(async () => expect(await carolStatus.getAttribute('data-state')).toBe('online'), {
      timeout: 10_000,
    })
    await drawRectangle(alice.page, { x: 80, y: 420 }, { x: 200, y: 520 })
    await eventually(async () => expect(await shapeCount(carol.page, 'geo')).toBe(3))
    expect(await shapeCount(bob.page, 'geo')).toBe(3)

    // Ctrl+Z on the canvas undoes Alice's last stroke there, not her edits on the map.
    await alice.page.keyboard.press('Control+z')
    await eventually(async () => expect(await shapeCount(bob.page, 'geo')).toBe(2))
    expect(await noteTexts(alice.page)).toEqual(['Webinar invite series'])

    for (const person of [alice, bob, carol]) await person.context.close()
  })
})
