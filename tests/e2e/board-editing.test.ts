import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { addNoteByTyping, cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

const notesIn = async (page: Page, stage: number, lane: number) =>
  (await cell(page, stage, lane)).locator('[data-testid="note"] .note-text').allTextContents()

describe('editing a board together in Chromium', () => {
  const app = useAppInBrowser()

  const twoPeople = async () => {
    const board = await createBoard(app.server.url, { title: 'Together' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    const bob = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Bob')
    return { board, alice, bob }
  }

  it('merges two people typing in one note, each keeping their caret', async () => {
    const { alice, bob } = await twoPeople()
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'ab')
    await eventually(async () => expect(await noteTexts(bob.page)).toEqual(['ab']))
    await alice.page.getByTestId('note').dblclick()
    await bob.page.getByTestId('note').dblclick()
    const aliceEditor = alice.page.getByTestId('note-editor')
    const bobEditor = bob.page.getByTestId('note-editor')
    await bobEditor.press('Home')
    // Bob sees that Alice has the note open.
    await eventually(async () =>
      expect(await bob.page.getByTestId('remote-editing').textContent()).toContain('Alice'),
    )
    for (const [a, b] of [
      ['X', '1'],
      ['Y', '2'],
      ['Z', '3'],
    ] as const) {
      await aliceEditor.press(a)
      await bobEditor.press(b)
      // Each waits to see the other's character before typing on, so the edits truly interleave.
      await eventually(async () => expect(await aliceEditor.inputValue()).toContain(b))
      await eventually(async () => expect(await bobEditor.inputValue()).toContain(a))
    }
    await eventually(async () => {
      expect(await aliceEditor.inputValue()).toBe('123abXYZ')
      expect(await bobEditor.inputValue()).toBe('123abXYZ')
    })
    await aliceEditor.press('Escape')
    await bobEditor.press('Escape')
    await eventually(async () => expect(await noteTexts(alice.page)).toEqual(['123abXYZ']))
    await alice.context.close()
    await bob.context.close()
  })

  it('moves a note to another cell by dragging, and both see it there', async () => {
    const { alice, bob } = await twoPeople()
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Drag me')
    await addNoteByTyping(alice.page, await cell(alice.page, 2, 1), 'Stay here')
    await alice.page
      .getByTestId('note')
      .filter({ hasText: 'Drag me' })
      .dragTo(await cell(alice.page, 2, 1), { targetPosition: { x: 40, y: 8 } })
    for (const page of [alice.page, bob.page]) {
      await eventually(async () => {
        expect(await notesIn(page, 0, 0)).toEqual([])
        expect(await notesIn(page, 2, 1)).toEqual(['Drag me', 'Stay here'])
      })
    }
    await alice.context.close()
    await bob.context.close()
  })

  it("undo reverts only one's own changes", async () => {
    const { alice, bob } = await twoPeople()
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Alice note')
    await addNoteByTyping(bob.page, await cell(bob.page, 1, 0), 'Bob note')
    await eventually(async () => expect(await noteTexts(alice.page)).toEqual(['Alice note', 'Bob note']))
    // Bob's change is the newest on the board, yet Alice's undo takes back only her own note.
    const undo = alice.page.getByTestId('undo')
    while (await undo.isEnabled()) await undo.click()
    for (const page of [alice.page, bob.page])
      await eventually(async () => expect(await noteTexts(page)).toEqual(['Bob note']))
    await alice.page.keyboard.press('Control+Shift+Z')
    await eventually(async () => expect(await noteTexts(bob.page)).toContain('Bob note'))
    await alice.context.close()
    await bob.context.close()
  })

  it('shares colour, emotion, tags, keyboard-made notes and a new stage', async () => {
    const { alice, bob } = await twoPeople()
    await addNoteByTyping(alice.page, await cell(alice.page, 1, 3), 'Anxious about price')
    await alice.page.getByTestId('note').click()
    await alice.page.getByTestId('color-pink').click()
    await alice.page.getByTestId('emotion--2').click()
    await alice.page.getByTestId('tag-input').fill('pricing')
    await alice.page.getByTestId('tag-input').press('Enter')
    const bobNote = bob.page.getByTestId('note')
    await eventually(async () => {
      expect(await bobNote.getAttribute('class')).toContain('note-pink')
      expect(await bobNote.getByTestId('emotion-badge').textContent()).toBe('-2')
      expect(await bobNote.textContent()).toContain('#pricing')
      expect(await bob.page.getByTestId('curve-point').count()).toBe(1)
    })
    // Keyboard only: arrow to the next cell, N creates a note there, Escape leaves it.
    await alice.page.getByTestId('note').focus()
    await alice.page.keyboard.press('ArrowRight')
    await alice.page.keyboard.press('n')
    await alice.page.getByTestId('note-editor').pressSequentially('Typed without a mouse')
    await alice.page.getByTestId('note-editor').press('Escape')
    await eventually(async () => expect(await notesIn(bob.page, 2, 3)).toEqual(['Typed without a mouse']))
    await alice.page.getByTestId('add-stage').click()
    await alice.page.getByTestId('add-stage-input').fill('Renewal')
    await alice.page.getByTestId('add-stage-input').press('Enter')
    await eventually(async () =>
      expect(await bob.page.getByTestId('stage-name').allTextContents()).toEqual([
        'Attract',
        'Capture',
        'Nurture',
        'Convert',
        'Expand',
        'Renewal',
      ]),
    )
    await alice.page.getByTestId('stage-details').last().click()
    await alice.page.getByTestId('delete-stage').click()
    await alice.page.getByTestId('confirm-delete-button').click()
    await eventually(async () => expect(await bob.page.getByTestId('stage-header').count()).toBe(5))
    await alice.context.close()
    await bob.context.close()
  })

  it('gives a viewer a read-only board', async () => {
    const board = await createBoard(app.server.url, { title: 'Look only' })
    const alice = await openBoardAs(app.browser, app.server.url + board.links.facilitator, 'Alice')
    await addNoteByTyping(alice.page, await cell(alice.page, 0, 0), 'Existing note')
    const viewer = await openBoardAs(app.browser, app.server.url + board.links.viewer, '维拉 Vera')
    const page = viewer.page
    // A non-ASCII name arrives intact (the token payload is UTF-8), and the facilitator sees who is here.
    await eventually(async () =>
      expect(await alice.page.getByTestId('avatar').first().getAttribute('title')).toContain('维拉 Vera'),
    )
    await eventually(async () => expect(await noteTexts(page)).toEqual(['Existing note']))
    expect(await page.getByTestId('read-only').isVisible()).toBe(true)
    for (const control of ['add-note', 'add-stage', 'add-lane', 'delete-lane', 'undo', 'share'])
      expect(await page.getByTestId(control).count()).toBe(0)
    await (await cell(page, 1, 1)).dblclick({ position: { x: 20, y: 60 } })
    await page.getByTestId('note').dblclick()
    await page.getByTestId('note').click()
    await page.getByTestId('note').press('Delete')
    await page.getByTestId('note').press('n')
    await page.getByTestId('stage-name').first().dblclick()
    expect(await page.getByTestId('note-editor').count()).toBe(0)
    expect(await page.getByTestId('note-toolbar').count()).toBe(0)
    expect(await page.getByTestId('stage-name-input').count()).toBe(0)
    expect(await page.getByTestId('note').getAttribute('draggable')).toBe('false')
    await page.getByTestId('stage-details').first().click()
    expect(await page.getByTestId('stage-field-goal').getAttribute('readonly')).not.toBeNull()
    expect(await page.getByTestId('delete-stage').count()).toBe(0)
    // Nothing reached the facilitator's board either.
    await addNoteByTyping(alice.page, await cell(alice.page, 1, 0), 'After the viewer tried')
    await eventually(async () =>
      expect(await noteTexts(page)).toEqual(['After the viewer tried', 'Existing note']),
    )
    expect(await noteTexts(alice.page)).toEqual(['After the viewer tried', 'Existing note'])
    await alice.context.close()
    await viewer.context.close()
  })
})
