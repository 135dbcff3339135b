import { addAction, addNote, LocalOrigin, readBoard } from '@jm/shared'
import type { WorkspaceActionList } from '@jm/shared/api/workspaces'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { eventually } from '../helpers/eventually.ts'
import { screenshotPath } from '../helpers/screenshots.ts'
import { call, createBoardIn, createWorkspace } from '../helpers/workspaces.ts'
import { connectClient } from '../helpers/yclient.ts'

const origin = new LocalOrigin('e2e-seed')
const rowTitles = (page: Page) =>
  page.getByTestId('workspace-action').locator('td:first-child').allTextContents()

describe('the workspace’s actions', () => {
  const app = useAppInBrowser()

  it('lists the actions of every board, filters them, marks the overdue and opens their board', async () => {
    const url = app.server.url
    const ws = await createWorkspace(url, 'Customer experience')
    const renewal = await createBoardIn(url, ws.tokens.member, { title: 'Renewal journey' })
    const onboarding = await createBoardIn(url, ws.tokens.member, {
      title: '新客户上手',
      mapType: 'futureState',
    })
    const seed = async (boardId: string, token: string) => {
      const client = connectClient(`${url.replace('http', 'ws')}/sync`, boardId, token)
      await client.synced
      return client
    }
    const a = await seed(renewal.id, renewal.tokens.editor)
    const { stages, lanes } = readBoard(a.doc)
    const at = { author: 'Mei', now: 1 }
    const note = addNote(
      a.doc,
      { ...at, stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '', text: 'Price shock' },
      origin,
    )
    addAction(
      a.doc,
      { ...at, title: 'Publish the price list', owner: 'Sales', due: '2020-03-01', noteIds: [note] },
      origin,
    )
    addAction(a.doc, { ...at, title: 'Call every renewal', owner: 'Service', status: 'done' }, origin)
    const b = await seed(onboarding.id, onboarding.tokens.editor)
    addAction(
      b.doc,
      { ...at, title: '开通向导', owner: 'Service', status: 'doing', due: '2099-01-01' },
      origin,
    )
    await eventually(async () => {
      const list = await call<WorkspaceActionList>(url, `/workspaces/${ws.id}/actions`, {
        token: ws.tokens.member,
      })
      expect(list.body.actions).toHaveLength(3)
    })

    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(url + ws.links.member)
    const tab = page.getByTestId('workspace-actions-tab')
    await eventually(async () => expect(await tab.textContent()).toBe('Actions (2 open)'))
    await tab.click()
    await eventually(async () =>
      expect(await rowTitles(page)).toEqual(['开通向导', 'Publish the price list', 'Call every renewal']),
    )
    const late = page.getByTestId('workspace-action').filter({ hasText: 'Publish the price list' })
    expect(await late.textContent()).toContain('Overdue')
    expect(await late.textContent()).toContain(stages[0]?.name)
    await page.screenshot({ path: screenshotPath('workspace-actions-en.png'), fullPage: true })

    await page.getByTestId('actions-overdue-only').check()
    expect(await rowTitles(page)).toEqual(['Publish the price list'])
    await page.getByTestId('actions-overdue-only').uncheck()
    await page.getByTestId('actions-filter-status').selectOption('done')
    expect(await rowTitles(page)).toEqual(['Call every renewal'])
    await page.getByTestId('actions-filter-status').selectOption('')
    await page.getByLabel('Owner').selectOption('Service')
    expect(await rowTitles(page)).toEqual(['开通向导', 'Call every renewal'])

    // In Chinese, then a row opens its board.
    await page.evaluate(() => localStorage.setItem('jm-locale', 'zh-CN'))
    await page.reload()
    await page.getByTestId('workspace-actions-tab').click()
    await eventually(async () => expect(await rowTitles(page)).toHaveLength(3))
    expect(await page.getByTestId('workspace-actions').textContent()).toContain('已逾期')
    await page.screenshot({ path: screenshotPath('workspace-actions-zh-CN.png'), fullPage: true })
    await page.getByTestId('workspace-action').filter({ hasText: '开通向导' }).getByRole('button').click()
    await page.getByTestId('join-name').waitFor()
    expect(page.url()).toContain(`/b/${onboarding.id}#token=`)
    a.destroy()
    b.destroy()
    await context.close()
  })
})
