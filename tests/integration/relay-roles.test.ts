import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AuthSubtype, CloseCodes } from '@jm/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { metricValue, scrape } from '../helpers/metrics.ts'
import {
  authMessageOf,
  awarenessFor,
  awarenessStatesOf,
  connectRaw,
  isAwareness,
  isSyncStep2,
  syncStep1Message,
  syncUpdateMessage,
} from '../helpers/rawClient.ts'
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.ts'
import { connectClient, nextClose, recordAuthMessages, type YClient } from '../helpers/yclient.ts'

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

  it("drops a viewer's update, stores and relays none of it, says why, and keeps the viewer live", async () => {
    const board = await createBoard(server.url)
    const watcher = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(watcher)
    await watcher.synced
    const persistedBefore = metricValue(await scrape(server.url), 'jm_persisted_updates_total')

    const viewer = await connectRaw(server.wsUrl, board.id, board.tokens.viewer)
    viewer.send(syncStep1Message(new Y.Doc()))
    await viewer.next(isSyncStep2)
    const sneaky = updateOf((doc) => doc.getMap('notes').set('sneaky', 'viewer wrote this'))
    viewer.send(syncUpdateMessage(sneaky))
    viewer.send(syncUpdateMessage(sneaky))
    const denied = authMessageOf(await viewer.next((m) => authMessageOf(m) !== null))
    expect(denied).toEqual({
      subtype: AuthSubtype.permissionDenied,
      text: expect.stringMatching(/only read/),
    })
    // The second write was handled before anything sent after it: nothing of either is stored.
    viewer.send(syncStep1Message(new Y.Doc()))
    await eventually(() => expect(viewer.received.filter(isSyncStep2)).toHaveLength(2))
    expect(metricValue(await scrape(server.url), 'jm_persisted_updates_total')).toBe(persistedBefore)

    // Live updates keep reaching the viewer after its write was dropped.
    watcher.doc.getMap('live').set('after', 'the refusal')
    await viewer.next((m) => !isSyncStep2(m) && m[0] === 0 && m.byteLength > 10)
    expect(viewer.ws.readyState).toBe(viewer.ws.OPEN)

    const text = await scrape(server.url)
    expect(metricValue(text, 'jm_rejections_total', { reason: 'read-only-write' })).toBe(2)
    // Told once per connection, not once per write.
    expect(
      viewer.received.filter((m) => authMessageOf(m)?.subtype === AuthSubtype.permissionDenied),
    ).toHaveLength(1)
    const fresh = connectClient(server.wsUrl, board.id, board.tokens.viewer)
    clients.push(fresh)
    await fresh.synced
    expect(fresh.doc.getMap('notes').has('sneaky')).toBe(false)
    expect(fresh.doc.getMap('live').get('after')).toBe('the refusal')
    expect(watcher.doc.getMap('notes').has('sneaky')).toBe(false)
    viewer.close()
  })

  it('keeps a stock viewer whose copy holds edits made earlier with an editor link in sync', async () => {
    const board = await createBoard(server.url)
    const editor = connectClient(server.wsUrl, board.id, board.tokens.editor)
    clients.push(editor)
    await editor.synced
    // This browser's copy holds a change the server never got (made offline with an editor link).
    const copy = new Y.Doc()
    copy.getMap('notes').set('stale', 'made with an editor link')
    const viewer = connectClient(server.wsUrl, board.id, board.tokens.viewer, copy)
    clients.push(viewer)
    const told = recordAuthMessages(viewer.provider)
    await viewer.synced
    await eventually(() => expect(told.map((m) => m.subtype)).toContain(AuthSubtype.permissionDenied))

    editor.doc.getMap('notes').set('fresh', 'written after the viewer joined')
    await eventually(() =>
      expect(viewer.doc.getMap('notes').get('fresh')).toBe('written after the viewer joined'),
    )
    expect(viewer.provider.wsconnected).toBe(true)
    expect(editor.doc.getMap('notes').has('stale')).toBe(false)
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
    await eventually(() => expect(alice.provider.awareness.getStates().has(777)).toBe(false))
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
