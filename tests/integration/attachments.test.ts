import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { openSqliteStorage } from '@jm/server'
import type { StoredAttachment } from '@jm/shared/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'

const FILE_CAP = 4096
const BOARD_CAP = 6000

const bytes = (head: string | number[], size: number) => {
  const out = new Uint8Array(size).fill(0x20)
  out.set(typeof head === 'string' ? new TextEncoder().encode(head) : head)
  return out
}
const png = (size: number, seed = 0) => {
  const out = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], size)
  out[size - 1] = seed
  return out
}
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

describe('attachments over HTTP', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startInProcessServer({
      http: { maxAttachmentBytes: FILE_CAP, maxBoardAttachmentBytes: BOARD_CAP },
    })
  })
  afterAll(async () => {
    await server.close()
  })

  const upload = (board: string, token: string | null, data: Uint8Array<ArrayBuffer>, name: string) =>
    fetch(`${server.url}/api/boards/${board}/attachments?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: data,
    })
  const download = (board: string, token: string, hash: string) =>
    fetch(`${server.url}/api/boards/${board}/attachments/${hash}`, {
      headers: { authorization: `Bearer ${token}` },
    })

  it('stores an editor’s file by its SHA-256 and serves it to every role, images inline, the rest as downloads', async () => {
    const board = await createBoard(server.url)
    const cases = [
      { data: png(1000), name: 'screen shot.png', type: 'image/png', disposition: 'inline' },
      {
        data: bytes('%PDF-1.7\n', 800),
        name: '访谈.pdf',
        type: 'application/pdf',
        disposition: 'attachment',
      },
      {
        data: bytes('stage,lane\nA,B\n', 100),
        name: 'notes.csv',
        type: 'text/csv; charset=utf-8',
        disposition: 'attachment',
      },
    ]
    for (const { data, name, type, disposition } of cases) {
      const response = await upload(board.id, board.tokens.editor, data, name)
      expect(response.status, name).toBe(201)
      const stored = (await response.json()) as StoredAttachment
      expect(stored).toEqual({ hash: sha256(data), size: data.byteLength, type: type.split(';')[0], name })
      for (const role of ['facilitator', 'editor', 'viewer'] as const) {
        const served = await download(board.id, board.tokens[role], stored.hash)
        expect(served.status).toBe(200)
        expect(new Uint8Array(await served.arrayBuffer())).toEqual(data)
        expect(served.headers.get('content-type')).toBe(type)
        expect(served.headers.get('x-content-type-options')).toBe('nosniff')
        expect(served.headers.get('content-disposition')).toMatch(new RegExp(`^${disposition}; `))
        expect(served.headers.get('content-disposition')).toContain(
          `filename*=UTF-8''${encodeURIComponent(name)}`,
        )
      }
    }
  })

  it('counts a file uploaded twice once, keeps its first name, and refuses past the caps with the limit', async () => {
    const board = await createBoard(server.url)
    const shot = png(FILE_CAP)
    const first = (await (
      await upload(board.id, board.tokens.editor, shot, 'a.png')
    ).json()) as StoredAttachment
    const again = await upload(board.id, board.tokens.facilitator, shot, 'b.png')
    expect(again.status).toBe(201)
    expect(await again.json()).toEqual(first)

    const second = await upload(board.id, board.tokens.editor, png(FILE_CAP, 1), 'c.png')
    expect(second.status).toBe(413)
    expect(((await second.json()) as { error: string }).error).toContain(String(BOARD_CAP))
    const tooBig = await upload(board.id, board.tokens.editor, png(FILE_CAP + 1), 'd.png')
    expect(tooBig.status).toBe(413)
    expect(((await tooBig.json()) as { error: string }).error).toContain(String(FILE_CAP))
    // Another board's uses are its own: the same bytes fit under its cap.
    const other = await createBoard(server.url)
    expect((await upload(other.id, other.tokens.editor, shot, 'e.png')).status).toBe(201)
  })

  it('refuses by content: SVG, markup called text, disguised and unknown types with 415, empty with 400', async () => {
    const board = await createBoard(server.url)
    const refused: Array<[Uint8Array<ArrayBuffer>, string]> = [
      [bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 200), 'a.svg'],
      [bytes('<svg xmlns="http://www.w3.org/2000/svg"/>', 100), 'picture.png'],
      [bytes('<!DOCTYPE html><script>alert(1)</script>', 100), 'notes.txt'],
      [png(500), 'report.pdf'],
      [png(500), 'setup.exe'],
      [bytes([0x4d, 0x5a, 0x90, 0x00, 0x03], 300), 'tool.png'],
      [bytes('PK\x03\x04word/document.xml', 300), 'doc.xlsx'],
    ]
    for (const [data, name] of refused) {
      const response = await upload(board.id, board.tokens.editor, data, name)
      expect(response.status, name).toBe(415)
    }
    expect((await upload(board.id, board.tokens.editor, new Uint8Array(), 'a.txt')).status).toBe(400)
  })

  it('lets only the board’s editors and facilitators upload, and only its own tokens read', async () => {
    const board = await createBoard(server.url)
    const other = await createBoard(server.url)
    const data = png(300, 7)
    expect((await upload(board.id, board.tokens.viewer, data, 'a.png')).status).toBe(403)
    expect((await upload(board.id, null, data, 'a.png')).status).toBe(401)
    expect((await upload(board.id, other.tokens.editor, data, 'a.png')).status).toBe(401)
    const { hash } = (await (
      await upload(board.id, board.tokens.editor, data, 'a.png')
    ).json()) as StoredAttachment
    // Knowing the hash is not enough: another board's token, for either board, reads nothing.
    expect((await download(board.id, other.tokens.facilitator, hash)).status).toBe(401)
    expect((await download(other.id, other.tokens.facilitator, hash)).status).toBe(404)
    expect((await download(board.id, board.tokens.viewer, 'not-a-hash')).status).toBe(400)
  })

  it('deletes a board’s attachments with the board, and keeps bytes another board uses', async () => {
    const board = await createBoard(server.url)
    const other = await createBoard(server.url)
    const own = png(200, 11)
    const shared = png(200, 12)
    await upload(board.id, board.tokens.editor, own, 'own.png')
    await upload(board.id, board.tokens.editor, shared, 'shared.png')
    await upload(other.id, other.tokens.editor, shared, 'shared.png')
    const deleted = await fetch(`${server.url}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    expect(deleted.status).toBe(204)
    expect((await download(board.id, board.tokens.viewer, sha256(own))).status).toBe(410)
    const storage = openSqliteStorage(join(server.dataDir, 'boards.sqlite'))
    try {
      expect(await storage.getBlob(board.id, sha256(own))).toBeNull()
      expect(await storage.getBlob(board.id, sha256(shared))).toBeNull()
    } finally {
      await storage.close()
    }
    const kept = await download(other.id, other.tokens.viewer, sha256(shared))
    expect(new Uint8Array(await kept.arrayBuffer())).toEqual(shared)
  })
})
