import { addNote, LocalOrigin, readBoard } from '@jm/shared'
import type { WorkspaceBoardList } from '@jm/shared/api/workspaces'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { eventually } from '../helpers/eventually.ts'
import { screenshotPath } from '../helpers/screenshots.ts'
import { call, createBoardIn, createWorkspace } from '../helpers/workspaces.ts'
import { connectClient } from '../helpers/yclient.ts'

const origin = new LocalOrigin('e2e-seed')

async function openPage(browser: Browser, url: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error('page error:', error.message))
  await page.goto(url)
  return page
}

const cardTitles = (page: Page) => page.getByTestId('board-card').locator('h3').allTextContents()

describe('the workspace page', () => {
  const app = useAppInBrowser()

  it('lists, filters, searches, archives and creates boards, in English and Chinese', async () => {
    const url = app.server.url
    const ws = await createWorkspace(url, 'Customer experience 客户体验')
    const renewal = await createBoardIn(url, ws.tokens.member, {
      title: 'Renewal journey',
      mapType: 'currentState',
      persona: { name: 'Li Wei' },
      segment: 'Manufacturers',
    })
    await createBoardIn(url, ws.tokens.member, { title: '新客户上手', mapType: 'futureState' })
    const writer = connectClient(`${url.replace('http', 'ws')}/sync`, renewal.id, renewal.tokens.editor)
    await writer.synced
    const { stages, lanes } = readBoard(writer.doc)
    const pain = lanes.find((lane) => lane.kind === 'painPoints') ?? lanes[0]
    const cell = { stageId: stages[0]?.id ?? '', laneId: pain?.id ?? '' }
    const note = addNote(writer.doc, { ...cell, author: 'Mei', now: 1, text: '续约时觉得价格太贵' }, origin)
    addNote(writer.doc, { ...cell, author: 'Mei', now: 2, text: 'Pricing tiers are unclear' }, origin)

    // The page reads the directory once as it opens: wait until the server has digested the notes.
    await eventually(async () => {
      const list = await call<WorkspaceBoardList>(url, `/workspaces/${ws.id}/boards`, {
        token: ws.tokens.owner,
      })
      expect(list.body.boards.find((board) => board.id === renewal.id)?.openPainPoints).toBe(2)
    })
    const page = await openPage(app.browser, url + ws.links.owner, 'en-US')
    await eventually(async () =>
      expect((await cardTitles(page)).sort()).toEqual(['Renewal journey', '新客户上手']),
    )
    await eventually(async () =>
      expect(await page.getByTestId('board-card').filter({ hasText: 'Renewal' }).textContent()).toContain(
        '2 open pain points',
      ),
    )
    await page.screenshot({ path: screenshotPath('workspace-en.png'), fullPage: true })

    // Filter by map type, then back.
    await page.getByTestId('filter-mapType').selectOption('futureState')
    expect(await cardTitles(page)).toEqual(['新客户上手'])
    await page.getByTestId('filter-mapType').selectOption('')

    // Archive: out of the list, back with "show archived", restored.
    await page
      .getByTestId('board-card')
      .filter({ hasText: '新客户上手' })
      .getByTestId('archive-board')
      .click()
    await eventually(async () => expect(await cardTitles(page)).toEqual(['Renewal journey']))
    await page.getByTestId('show-archived').check()
    await eventually(async () => expect(await cardTitles(page)).toHaveLength(2))
    await page
      .getByTestId('board-card')
      .filter({ hasText: '新客户上手' })
      .getByTestId('archive-board')
      .click()
    await page.getByTestId('show-archived').uncheck()
    await eventually(async () => expect(await cardTitles(page)).toHaveLength(2))

    // "Re-map" makes next quarter's board of the same structure and opens it; the directory lists three.
    await page.getByTestId('board-card').filter({ hasText: 'Renewal' }).getByTestId('remap-board').click()
    await page.getByTestId('join-name').waitFor()
    expect(page.url()).toMatch(/\/b\/[a-z0-9]+#token=/)
    await page.goBack()
    await eventually(async () => expect(await cardTitles(page)).toHaveLength(3))

    // Search by two Chinese characters; the hit opens the board with the note selected.
    await page.getByTestId('workspace-search').fill('价格')
    const hits = page.getByTestId('search-hits')
    await eventually(async () => expect(await hits.textContent()).toContain('续约时觉得价格太贵'))
    await page.screenshot({ path: screenshotPath('workspace-search-en.png'), fullPage: true })
    await hits.locator('button').first().click()
    await page.getByTestId('join-name').fill('Owner')
    await page.getByTestId('join-submit').click()
    await eventually(async () =>
      expect(await page.locator(`[data-note-id="${note}"]`).getAttribute('data-selected')).toBe(''),
    )

    // The same workspace in Chinese, remembered on this device: the landing page lists it.
    const zh = await openPage(app.browser, `${url}/`, 'zh-CN')
    await zh.evaluate(
      (token) => {
        localStorage.setItem('jm-locale', 'zh-CN')
        localStorage.setItem(
          'jm-workspaces',
          JSON.stringify([{ id: token.id, name: token.name, token: token.owner, openedAt: Date.now() }]),
        )
      },
      { id: ws.id, name: ws.name, owner: ws.tokens.owner },
    )
    await zh.reload()
    await zh.getByTestId('landing-workspaces').getByText(ws.name).click()
    await eventually(async () => expect((await cardTitles(zh)).length).toBe(3))
    expect(await zh.getByTestId('board-card').first().textContent()).toMatch(/便利贴/)
    await zh.screenshot({ path: screenshotPath('workspace-zh-CN.png'), fullPage: true })

    // "New board" in the workspace opens it as its facilitator.
    await zh.getByTestId('workspace-new-board-title').fill('第三季度旅程')
    await zh.getByTestId('workspace-new-board').locator('button[type=submit]').click()
    await zh.getByTestId('join-name').waitFor()
    expect(zh.url()).toMatch(/\/b\/[a-z0-9]+#token=/)
    writer.destroy()
  })

  it('turns an open board read-only with a banner while it is archived, and writable once restored', async () => {
    const url = app.server.url
    const ws = await createWorkspace(url, 'Archive test')
    const board = await createBoardIn(url, ws.tokens.member, { title: 'Q1 renewal' })
    const { context, page } = await openBoardAs(app.browser, url + board.links.editor, 'Bob', 'zh-CN')
    const addButtons = page.getByTestId('add-note')
    await eventually(async () => expect(await addButtons.count()).toBeGreaterThan(0))
    const path = `/workspaces/${ws.id}/boards/${board.id}`
    await call(url, `${path}/archive`, { method: 'POST', token: ws.tokens.owner })
    const banner = page.getByTestId('archived-banner')
    await eventually(async () => expect(await banner.textContent()).toContain('已归档'))
    expect(await page.getByTestId('read-only').isVisible()).toBe(true)
    expect(await addButtons.count()).toBe(0)
    await page.screenshot({ path: screenshotPath('board-archived-zh-CN.png') })

    // Reloaded while archived: read-only from the first message on.
    await page.reload()
    await eventually(async () => expect(await banner.isVisible()).toBe(true))
    expect(await addButtons.count()).toBe(0)

    await call(url, `${path}/restore`, { method: 'POST', token: board.tokens.facilitator })
    await eventually(async () => expect(await banner.count()).toBe(0))
    await eventually(async () => expect(await addButtons.count()).toBeGreaterThan(0))
    await context.close()
  })
})
