import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { addAction, LocalOrigin } from '@jm/shared'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { eventually } from '../helpers/eventually.ts'
import { screenshotPath } from '../helpers/screenshots.ts'
import { createBoardIn, createWorkspace } from '../helpers/workspaces.ts'
import { connectClient } from '../helpers/yclient.ts'

const origin = new LocalOrigin('e2e-seed')

describe('a workspace’s webhooks, set up in the page', () => {
  const app = useAppInBrowser({ webhooks: { allowPrivate: true } })

  it('an owner adds a receiver, sees its secret once, and reads the delivery of an assignment', async () => {
    const received: string[] = []
    const receiver = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString()
      })
      request.on('end', () => {
        received.push(body)
        response.writeHead(200).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
    const url = app.server.url
    const ws = await createWorkspace(url, 'Customer experience')
    const board = await createBoardIn(url, ws.tokens.member, { title: 'Renewal journey' })

    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(url + ws.links.owner)
    await page.getByTestId('workspace-webhooks-tab').click()
    await page.getByTestId('webhook-url').fill(receiverUrl)
    await page.getByTestId('webhook-add').click()
    const secret = page.getByTestId('webhook-secret')
    await secret.waitFor()
    expect((await secret.locator('code').textContent())?.length).toBeGreaterThan(20)
    await eventually(async () => expect(await page.getByTestId('webhook').count()).toBe(1))

    const writer = connectClient(`${url.replace('http', 'ws')}/sync`, board.id, board.tokens.editor)
    await writer.synced
    addAction(writer.doc, { title: 'Quote tool', owner: 'Sales', author: 'Mei', now: Date.now() }, origin)
    await eventually(() => expect(received).toHaveLength(1))
    await page.getByTestId('webhook-log-toggle').click()
    await eventually(async () =>
      expect(await page.getByTestId('webhook-log').textContent()).toContain('Delivered'),
    )
    await page.screenshot({ path: screenshotPath('workspace-webhooks-en.png'), fullPage: true })

    // A member sees no webhooks tab.
    const member = await context.newPage()
    await member.goto(url + ws.links.member)
    await member.getByTestId('workspace-name').filter({ hasText: 'Customer experience' }).waitFor()
    expect(await member.getByTestId('workspace-webhooks-tab').count()).toBe(0)
    writer.destroy()
    await context.close()
    await new Promise((resolve) => receiver.close(resolve))
  })
})
