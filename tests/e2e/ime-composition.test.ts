import type { CDPSession, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { cell, noteTexts, openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'

/**
 * An input method as Chromium runs one: `imeSetComposition` puts unconfirmed text (Pinyin "bei")
 * into the focused field, a key pressed meanwhile arrives with isComposing set, and `insertText`
 * confirms the chosen characters.
 */
async function inputMethod(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page)
  const key = (type: 'rawKeyDown' | 'keyUp', name: 'Enter' | 'Escape', modifiers = 0) =>
    cdp.send('Input.dispatchKeyEvent', {
      type,
      key: name,
      code: name,
      windowsVirtualKeyCode: name === 'Enter' ? 13 : 27,
      modifiers,
    })
  return {
    compose: (text: string) =>
      cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length }),
    /** A key pressed while composing; the IME takes it to pick or drop a candidate. */
    press: async (name: 'Enter' | 'Escape', modifiers = 0) => {
      await key('rawKeyDown', name, modifiers)
      await key('keyUp', name, modifiers)
    },
    confirm: (text: string) => cdp.send('Input.insertText', { text }),
  }
}

/** The Enter some browsers (Safari, Chromium on some IMEs) send right after compositionend: keyCode 229, isComposing false. */
const lateImeEnter = (field: Locator) =>
  field.evaluate((element) =>
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true })),
  )

describe('typing through an input method (Pinyin, Zhuyin) in Chromium', () => {
  const app = useAppInBrowser()

  it('never takes the Enter or Escape that picks a candidate as saving, adding or closing', async () => {
    const board = await createBoard(app.server.url, { title: 'Workshop' })
    const { page, context } = await openBoardAs(
      app.browser,
      app.server.url + board.links.facilitator,
      'Li',
      'zh-TW',
    )
    const ime = await inputMethod(page)

    // A note: Escape and Ctrl+Enter close the editor, unless the IME is composing.
    await (await cell(page, 0, 0)).dblclick({ position: { x: 20, y: 60 } })
    const editor = page.getByTestId('note-editor')
    await editor.waitFor()
    await ime.compose('bei')
    await ime.press('Escape')
    await ime.press('Enter', 2 /* Ctrl */)
    await lateImeEnter(editor)
    expect(await editor.count()).toBe(1)
    await ime.confirm('北京')
    await editor.press('Escape')
    await eventually(async () => expect(await noteTexts(page)).toEqual(['北京']))

    // The board title: Enter saves, but not the Enter that picks 客戶.
    await page.getByTestId('board-title-text').click()
    const title = page.getByTestId('board-title-text-input')
    await title.fill('')
    await ime.compose('kehu')
    await ime.press('Enter')
    await lateImeEnter(title)
    expect(await title.count()).toBe(1)
    await ime.confirm('客戶')
    await title.press('Enter')
    await eventually(async () => expect(await page.getByTestId('board-title').textContent()).toBe('客戶'))

    // A new stage's name: the composing Enter adds nothing.
    const stagesBefore = await page.getByTestId('stage-header').count()
    await page.getByTestId('add-stage').click()
    const stageName = page.getByTestId('add-stage-input')
    await ime.compose('fuwu')
    await ime.press('Enter')
    await lateImeEnter(stageName)
    expect(await stageName.count()).toBe(1)
    expect(await page.getByTestId('stage-header').count()).toBe(stagesBefore)
    await ime.confirm('服務')
    await stageName.press('Enter')
    await eventually(async () =>
      expect(await page.getByTestId('stage-header').count()).toBe(stagesBefore + 1),
    )
    expect(await page.getByTestId('stage-name').last().textContent()).toBe('服務')
    await context.close()
  })
})
