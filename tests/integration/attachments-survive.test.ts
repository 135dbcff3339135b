import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addAttachment, LocalOrigin, readBoard, removeAttachment } from '@jm/shared'
import type { StoredAttachment } from '@jm/shared/api'
import { afterEach, describe, expect, it } from 'vitest'
import { createBoard, joinBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { ops } from '../helpers/opsCli.ts'
import { connectClient, type YClient } from '../helpers/yclient.ts'

const SHOT = new TextEncoder().encode('stage,pain\nConvert,unclear pricing\n')

describe('attachments through versions and backups', () => {
  const servers: TestServer[] = []
  const clients: YClient[] = []
  const dirs: string[] = []
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(dir)
    return dir
  }
  const start = async (dataDir: string) => {
    const server = await startInProcessServer({ dataDir })
    servers.push(server)
    return server
  }
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.close()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  const upload = async (server: TestServer, board: string, token: string) => {
    const response = await fetch(`${server.url}/api/boards/${board}/attachments?name=pains.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: SHOT,
    })
    expect(response.status).toBe(201)
    return (await response.json()) as StoredAttachment
  }
  const download = (server: TestServer, board: string, token: string, hash: string) =>
    fetch(`${server.url}/api/boards/${board}/attachments/${hash}`, {
      headers: { authorization: `Bearer ${token}` },
    })

  it('a restored version brings back a removed file, still downloadable', async () => {
    const server = await start(tempDir('jm-files-'))
    const board = await createBoard(server.url)
    const facilitator = await joinBoard(server.url, board.id, board.tokens.facilitator, 'Mei')
    const [editor, watcher] = [board.tokens.editor, board.tokens.viewer].map((token) => {
      const client = connectClient(server.wsUrl, board.id, token)
      clients.push(client)
      return client
    }) as [YClient, YClient]
    await Promise.all([editor.synced, watcher.synced])
    const hashes = (client: YClient) => readBoard(client.doc).attachments.map((file) => file.hash)
    const stored = await upload(server, board.id, board.tokens.editor)
    const origin = new LocalOrigin('ann')
    const stageId = readBoard(editor.doc).stages[0]?.id ?? ''
    const id = addAttachment(
      editor.doc,
      { targetKind: 'stage', targetId: stageId, ...stored, author: 'ann', now: 1 },
      origin,
    )
    // Another reader has it, so the relay's copy (what a version saves) has it too.
    await eventually(() => expect(hashes(watcher)).toEqual([stored.hash]))
    const versions = `${server.url}/api/boards/${board.id}/versions`
    const headers = { authorization: `Bearer ${facilitator}`, 'content-type': 'application/json' }
    const saved = await fetch(versions, { method: 'POST', headers, body: '{"name":"with file"}' })
    expect(saved.status).toBe(201)
    const version = (await saved.json()) as { id: string }

    removeAttachment(editor.doc, { attachmentId: id }, origin)
    await eventually(() => expect(hashes(watcher)).toEqual([]))
    const restored = await fetch(`${versions}/${version.id}/restore`, { method: 'POST', headers })
    expect(restored.status).toBe(200)
    await eventually(() => expect(hashes(editor)).toEqual([stored.hash]))
    const served = await download(server, board.id, board.tokens.viewer, stored.hash)
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(SHOT)
  })

  it('a backup taken while running holds the files, and the restored server serves them', async () => {
    const dataDir = tempDir('jm-files-')
    const live = await start(dataDir)
    const board = await createBoard(live.url)
    const stored = await upload(live, board.id, board.tokens.editor)
    const backupDir = join(tempDir('jm-backups-'), 'nightly')
    const backup = await ops('backup', '--data-dir', dataDir, backupDir)
    expect(backup).toMatchObject({ code: 0 })
    expect(backup.out).toContain('backup complete')
    const fresh = tempDir('jm-restored-')
    expect(await ops('restore', '--data-dir', fresh, backupDir)).toMatchObject({ code: 0 })
    const restored = await start(fresh)
    const served = await download(restored, board.id, board.tokens.viewer, stored.hash)
    expect(served.status).toBe(200)
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(SHOT)
  })
})
