import { createHmac } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { addAction, addComment, LocalOrigin, readBoard, setActionFields } from '@jm/shared'
import type { CreatedWebhook, WebhookDeliveryList, WebhookList } from '@jm/shared/api/workspaces'
import { afterEach, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { call, createBoardIn, createWorkspace } from '../helpers/workspaces.ts'

const origin = new LocalOrigin('webhook-test')

interface Received {
  url: string
  headers: IncomingHttpHeaders
  body: string
}

/** A real HTTP receiver on a loopback port: records every request, answers what `answer` says. */
async function startReceiver(answer: (count: number) => number = () => 200) {
  const received: Received[] = []
  const server: Server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString()
    })
    request.on('end', () => {
      received.push({ url: request.url ?? '', headers: request.headers, body })
      response.writeHead(answer(received.length)).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(r)) }
}

const receivers: Array<{ close: () => Promise<unknown> }> = []
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close()
})

describe('workspace webhooks', () => {
  const server = useInProcessServer({ webhooks: { allowPrivate: true, retryDelaysMs: [50, 100, 200] } })

  it('posts an assignment, signed, within seconds, once; retries a failing receiver and logs it', async () => {
    const ws = await createWorkspace(server.url, '客户体验')
    const board = await createBoardIn(server.url, ws.tokens.member, { title: 'Renewal' })
    const signed = await startReceiver()
    // Fails twice with 503, then takes it.
    const flaky = await startReceiver((count) => (count <= 2 ? 503 : 204))
    const slack = await startReceiver()
    receivers.push(signed, flaky, slack)
    const add = (body: object, token = ws.tokens.owner) =>
      call<CreatedWebhook>(server.url, `/workspaces/${ws.id}/webhooks`, { token, body })
    const json = await add({ url: `${signed.url}/in` })
    expect(json.status).toBe(201)
    expect(json.body.secret.length).toBeGreaterThan(20)
    await add({ url: `${flaky.url}/in`, events: ['action.assigned'] })
    await add({ url: `${slack.url}/in`, format: 'slack', events: ['comment.mention'] })
    const listed = await call<WebhookList>(server.url, `/workspaces/${ws.id}/webhooks`, {
      token: ws.tokens.owner,
    })
    expect(listed.body.webhooks).toHaveLength(3)
    expect(JSON.stringify(listed.body)).not.toContain(json.body.secret)

    const writer = server.connect(board.id, board.tokens.editor)
    await writer.synced
    const started = Date.now()
    const action = addAction(
      writer.doc,
      { title: 'Quote tool', owner: 'Sales', due: '2027-01-10', author: 'Mei', now: Date.now() },
      origin,
    )
    await eventually(() => expect(signed.received).toHaveLength(1), { timeout: 5_000 })
    expect(Date.now() - started).toBeLessThan(5_000)
    const [request] = signed.received
    const payload = JSON.parse(request?.body ?? '{}')
    expect(payload).toMatchObject({
      type: 'action.assigned',
      workspace: { id: ws.id, name: '客户体验' },
      board: { id: board.id, title: 'Renewal' },
      item: action,
      text: 'Quote tool',
      people: ['Sales'],
      due: '2027-01-10',
      by: 'Mei',
    })
    const timestamp = String(request?.headers['x-jm-timestamp'])
    const expected = createHmac('sha256', json.body.secret)
      .update(`${timestamp}.${request?.body}`)
      .digest('hex')
    expect(request?.headers['x-jm-signature']).toBe(`sha256=${expected}`)
    expect(request?.headers['x-jm-event']).toBe('action.assigned')

    // The flaky receiver got it on the third try; its log says so.
    await eventually(() => expect(flaky.received).toHaveLength(3))
    const flakyId = listed.body.webhooks[1]?.id ?? ''
    await eventually(async () => {
      const log = await call<WebhookDeliveryList>(
        server.url,
        `/workspaces/${ws.id}/webhooks/${flakyId}/deliveries`,
        {
          token: ws.tokens.owner,
        },
      )
      expect(log.body.deliveries).toMatchObject([
        { type: 'action.assigned', status: 'delivered', attempts: 3, responseStatus: 204 },
      ])
    })

    // Editing the title again tells nobody twice; a mention reaches Slack as a line of text.
    setActionFields(
      writer.doc,
      { actionId: action, title: 'Quote tool v2', author: 'Mei', now: Date.now() },
      origin,
    )
    const stage = readBoard(writer.doc).stages[0]?.id ?? ''
    addComment(
      writer.doc,
      { targetKind: 'stage', targetId: stage, author: 'Li', text: '@Mei please check', now: Date.now() },
      origin,
    )
    await eventually(() => expect(slack.received).toHaveLength(1))
    expect(JSON.parse(slack.received[0]?.body ?? '{}')).toEqual({
      text: '[Renewal] Li mentioned @Mei: “@Mei please check”',
    })
    expect(signed.received.map((r) => JSON.parse(r.body).type)).toEqual([
      'action.assigned',
      'comment.mention',
    ])
    expect(flaky.received).toHaveLength(3)
  })

  it('lets only owners manage webhooks, and validates what is sent', async () => {
    const ws = await createWorkspace(server.url)
    const path = `/workspaces/${ws.id}/webhooks`
    const answers = await Promise.all([
      call(server.url, path, { token: ws.tokens.member, body: { url: 'https://example.com/in' } }),
      call(server.url, path, { token: ws.tokens.owner, body: { url: 'not a url' } }),
      call(server.url, path, {
        token: ws.tokens.owner,
        body: { url: 'https://example.com/in', format: 'telegram' },
      }),
      call(server.url, `${path}/nope`, { token: ws.tokens.owner, method: 'DELETE' }),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([403, 400, 400, 404])
  })
})

describe('workspace webhooks on a server that keeps receivers public', () => {
  const server = useInProcessServer()

  it('refuses private, loopback and plain-http receivers so members cannot reach internal hosts', async () => {
    const ws = await createWorkspace(server.url)
    for (const url of [
      'http://127.0.0.1:9/in',
      'https://127.0.0.1/in',
      'https://169.254.169.254/latest',
      'https://[::1]/in',
    ]) {
      const answer = await call<{ error: string }>(server.url, `/workspaces/${ws.id}/webhooks`, {
        token: ws.tokens.owner,
        body: { url },
      })
      expect([url, answer.status]).toEqual([url, 400])
      expect(answer.body.error).toContain('not accepted')
    }
  })
})
