import { addAttachment, LocalOrigin, readBoard } from '@jm/shared'
import type { CreatedBoard, StoredAttachment } from '@jm/shared/api'
import type { BoardJson } from '@jm/shared/io'
import { describe, expect, it } from 'vitest'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import { exportBoard, importBoard } from '../helpers/sampleBoard.ts'

const INTERVIEW = new TextEncoder().encode('Interview 3: "the quote took three weeks"\n')

describe('the JSON export carries the files, and the import stores them for the new board', () => {
  const server = useInProcessServer()

  it('exports every attached file once, base64, and a new board from the file serves them', async () => {
    const board = await createBoard(server.url, { title: 'With evidence' })
    const upload = await fetch(`${server.url}/api/boards/${board.id}/attachments?name=interview.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.editor}` },
      body: INTERVIEW,
    })
    const stored = (await upload.json()) as StoredAttachment
    const editor = server.connect(board.id, board.tokens.editor)
    await editor.synced
    const [first, second] = readBoard(editor.doc).stages
    const origin = new LocalOrigin('ann')
    for (const stage of [first, second])
      addAttachment(
        editor.doc,
        { targetKind: 'stage', targetId: stage?.id ?? '', ...stored, author: 'ann', now: 1 },
        origin,
      )

    let json: BoardJson | undefined
    await eventually(async () => {
      json = (await (await exportBoard(server, board.id, board.tokens.viewer, 'json')).json()) as BoardJson
      expect(json.attachments).toHaveLength(2)
    })
    expect(json?.files).toEqual([{ hash: stored.hash, data: Buffer.from(INTERVIEW).toString('base64') }])

    const imported = await importBoard(server, JSON.stringify(json), 'application/json')
    expect(imported.status).toBe(201)
    const copy = (await imported.json()) as CreatedBoard
    const served = await fetch(`${server.url}/api/boards/${copy.id}/attachments/${stored.hash}`, {
      headers: { authorization: `Bearer ${copy.tokens.viewer}` },
    })
    expect(served.status).toBe(200)
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(INTERVIEW)

    // Bytes that are not what the hash says, or not of the attachment's type, are refused, and no board is made.
    const swapped = {
      ...json,
      files: [{ hash: stored.hash, data: Buffer.from('other bytes').toString('base64') }],
    }
    const refused = await importBoard(server, JSON.stringify(swapped), 'application/json')
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { issues: Array<{ problem: string }> }).issues[0]?.problem).toContain(
      'does not match its hash',
    )
    const retyped = {
      ...json,
      attachments: json?.attachments.map((attachment) => ({ ...attachment, type: 'image/png' })),
    }
    const wrongType = await importBoard(server, JSON.stringify(retyped), 'application/json')
    expect(wrongType.status).toBe(400)
    expect(((await wrongType.json()) as { issues: Array<{ problem: string }> }).issues[0]?.problem).toContain(
      'not the image/png',
    )
  })
})
