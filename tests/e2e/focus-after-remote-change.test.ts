import { deleteNote, LocalOrigin, moveNote, readBoard } from '@jm/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { fillSampleBoard, SAMPLE_NOTES, untilServerHasNotes } from '../helpers/sampleBoard.ts'
import { connectClient } from '../helpers/yclient.ts'

/** What has the keyboard focus: a note (its id and cell's stage), a cell, or something else. */
const focusOf = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    return {
      noteId: active?.dataset.noteId ?? null,
      cell: active?.dataset.cell !== undefined,
      stageId: active?.closest<HTMLElement>('[data-cell]')?.dataset.stageId ?? null,
      testId: active?.dataset.testid ?? null,
    }
  })

describe('the keyboard focus when someone else changes the board', () => {
  const app = useAppInBrowser()

  it('follows a focused note moved by another person, falls back to its cell when it is deleted, and stays where the person put it', async () => {
    const board = await createBoard(app.server.url, { title: 'Onboarding journey' })
    const bob = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
    await bob.synced
    fillSampleBoard(bob.doc)
    await untilServerHasNotes(app.server, board.id, SAMPLE_NOTES.length)
    const { page, context } = await openBoardAs(app.browser, app.server.url + board.links.editor, 'Alice')
    const view = readBoard(bob.doc)
    const pain = view.notes.find((note) => note.text.startsWith('Pricing page'))
    const other = view.notes.find((note) => note.text === 'LinkedIn ads')
    const [stage3, stage4] = [view.stages[3]?.id ?? '', view.stages[4]?.id ?? '']
    if (!pain || !other) throw new Error('sample notes missing')
    const origin = new LocalOrigin('bob')

    await page.locator(`[data-note-id="${pain.id}"]`).click()
    expect((await focusOf(page)).noteId).toBe(pain.id)
    moveNote(bob.doc, { noteId: pain.id, stageId: stage3, laneId: pain.laneId, index: 0, now: 10 }, origin)
    await eventually(async () =>
      expect(await focusOf(page)).toMatchObject({ noteId: pain.id, stageId: stage3 }),
    )

    deleteNote(bob.doc, { noteId: pain.id }, origin)
    await eventually(async () => expect(await focusOf(page)).toMatchObject({ cell: true, stageId: stage3 }))

    // Focus the person moved out of the grid stays there through others' changes.
    await page.getByTestId('board-search').focus()
    moveNote(bob.doc, { noteId: other.id, stageId: stage4, laneId: other.laneId, index: 0, now: 11 }, origin)
    await eventually(async () =>
      expect(await page.locator(`[data-stage-id="${stage4}"] [data-note-id="${other.id}"]`).count()).toBe(1),
    )
    expect((await focusOf(page)).testId).toBe('board-search')
    bob.destroy()
    await context.close()
  })
})
