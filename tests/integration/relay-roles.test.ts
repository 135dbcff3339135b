import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CloseCodes } from '@jm/shared'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createBoard } from '../helpers/boards.ts'
import { metricValue, scrape } from '../helpers/metrics.ts'
import {
  awarenessFor,
  awarenessStatesOf,
  connectRaw,
  isAwareness,
  isSyncStep2,
  syncStep1Message,
  syncUpdateMessage,
} from '../helpers/rawClient.ts'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.ts'
import { connectClient, nextClose, type YClient } from '../helpers/yclient.ts'

function updateOf(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc()
  change(doc)
  return Y.encodeStateAsUpdate(doc)
}

describe('roles are enforced on every message (real server process)', () => {
  let dataDir = ''
  let server: ServerProcess
  const clients: YClient[] = []
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jm-roles-'))
    server = await startServerProcess(dataDir)
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("drops a viewer's update: no other client, no store, socket closed with 4403", async () => {
    const board = await createBoard(server.url)
    const watcher = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(watcher)
    await watcher.synced
    const persistedBefore = metricValue(await scrape(server.url), 'jm_persisted_updates_total')

    const viewer = await connectRaw(server.wsUrl, board.id, board.tokens.viewer)
    viewer.send(syncStep1Message(new Y.Doc()))
    await viewer.next(isSyncStep2)
    viewer.send(syncUpdateMessage(updateOf((doc) => doc.getMap('notes').set('sneaky', 'viewer wrote this'))))
    const closed = await viewer.closed
    expect(closed.code).toBe(CloseCodes.Forbidden.code)
    expect(closed.reason).toMatch(/cannot change/)

    const text = await scrape(server.url)
    expect(metricValue(text, 'jm_persisted_updates_total')).toBe(persistedBefore)
    expect(metricValue(text, 'jm_rejections_total', { reason: 'read-only-write' })).toBe(1)
    const fresh = connectClient(server.wsUrl, board.id, board.tokens.viewer)
    clients.push(fresh)
    await fresh.synced
    expect(fresh.doc.getMap('notes').has('sneaky')).toBe(false)
    expect(watcher.doc.getMap('notes').has('sneaky')).toBe(false)
    // The stock viewer client's own sync reply (it adds nothing) is accepted: it stays connected.
    expect(fresh.provider.wsconnected).toBe(true)
  })

  it("refuses awareness for another client's id and passes on one's own", async () => {
    const board = await createBoard(server.url)
    const alice = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(alice)
    await alice.synced
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' })

    const watcher = await connectRaw(server.wsUrl, board.id, board.tokens.viewer)
    const mallory = await connectRaw(server.wsUrl, board.id, board.tokens.editor)
    const aliceId = alice.doc.clientID
    await watcher.next((m) => isAwareness(m) && awarenessStatesOf(m).has(aliceId))

    // Mallory's own state first (that is allowed), then a newer state under Alice's id.
    mallory.send(awarenessFor(777, 1, { user: { name: 'Mallory' } }))
    await watcher.next((m) => isAwareness(m) && awarenessStatesOf(m).has(777))
    mallory.send(awarenessFor(aliceId, 1000, { user: { name: 'Alice (fake)' } }))
    const closed = await mallory.closed
    expect(closed.code).toBe(CloseCodes.Forbidden.code)
    expect(closed.reason).toMatch(/own client id/)

    const impersonated = watcher.received.filter(
      (m) => isAwareness(m) && JSON.stringify(awarenessStatesOf(m).get(aliceId) ?? '').includes('fake'),
    )
    expect(impersonated).toEqual([])
    expect(alice.provider.awareness.getStates().get(aliceId)?.user?.name).toBe('Alice')
    const text = await scrape(server.url)
    expect(metricValue(text, 'jm_rejections_total', { reason: 'foreign-awareness' })).toBe(1)
    // Mallory's state was removed when her socket closed.
    await vi.waitFor(() => expect(alice.provider.awareness.getStates().has(777)).toBe(false))
    // Alice's stock client echoed Mallory's state back to the server: an echo is not impersonation.
    expect(alice.provider.wsconnected).toBe(true)
    watcher.close()
  })

  it('rotating a share link closes the sockets that used the old one, and only those', async () => {
    const board = await createBoard(server.url)
    const oldEditor = connectClient(server.wsUrl, board.id, board.tokens.editor)
    const viewer = connectClient(server.wsUrl, board.id, board.tokens.viewer)
    clients.push(oldEditor, viewer)
    await Promise.all([oldEditor.synced, viewer.synced])
    const closing = nextClose(oldEditor.provider)

    const response = await fetch(`${server.url}/api/boards/${board.id}/links/editor/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    expect(response.status).toBe(200)
    const { token } = (await response.json()) as { token: string }
    expect(await closing).toEqual({
      code: CloseCodes.Unauthorized.code,
      reason: 'this share link was replaced',
    })
    expect(viewer.provider.wsconnected).toBe(true)

    // The old link is refused from now on; the new one works.
    const stale = await connectRaw(server.wsUrl, board.id, board.tokens.editor)
    expect((await stale.closed).code).toBe(CloseCodes.Unauthorized.code)
    const fresh = connectClient(server.wsUrl, board.id, token)
    clients.push(fresh)
    await fresh.synced
  })
})
