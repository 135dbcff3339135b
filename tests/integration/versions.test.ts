import { addNote, canvasRoomName, deleteNote, LocalOrigin, notesOf, readBoard } from '@jm/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard, joinBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { useInProcessServer } from '../helpers/liveServer.ts'
import type { YClient } from '../helpers/yclient.ts'

function firstCell(client: YClient) {
  const { stages, lanes } = readBoard(client.doc)
  return { stageId: stages[0]?.id ?? '', laneId: lanes[0]?.id ?? '' }
}

const texts = (doc: Y.Doc) =>
  readBoard(doc)
    .notes.map((note) => note.text)
    .sort()

describe('named versions', () => {
  const server = useInProcessServer()

  it('are saved by a facilitator, listed and opened by anyone, and restored as a change that merges with offline edits', async () => {
    const board = await createBoard(server.url, { title: 'Versions' })
    const facilitator = await joinBoard(server.url, board.id, board.tokens.facilitator, 'Mei')
    const api = (path: string, token: string, init: RequestInit = {}) =>
      fetch(`${server.url}/api/boards/${board.id}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      })

    const online = server.connect(board.id, board.tokens.editor)
    const offline = server.connect(board.id, board.tokens.editor)
    await Promise.all([online.synced, offline.synced])
    const cell = firstCell(online)
    const kept = addNote(
      online.doc,
      { ...cell, author: 'a', now: 1, text: 'Procurement asks for a security review' },
      new LocalOrigin('a'),
    )
    await eventually(() => expect(notesOf(offline.doc).has(kept)).toBe(true))

    const refused = await api('/versions', board.tokens.editor, {
      method: 'POST',
      body: JSON.stringify({ name: 'x' }),
    })
    expect(refused.status).toBe(403)
    const saved = await api('/versions', facilitator, {
      method: 'POST',
      body: JSON.stringify({ name: 'after workshop 1' }),
    })
    expect(saved.status).toBe(201)
    const version = (await saved.json()) as { id: string; name: string; author: string }
    expect(version).toMatchObject({ name: 'after workshop 1', author: 'Mei' })
    const listed = (await (await api('/versions', board.tokens.viewer)).json()) as {
      versions: { id: string }[]
    }
    expect(listed.versions.map((v) => v.id)).toEqual([version.id])

    // After the version: the note is deleted and another added; meanwhile someone works offline.
    offline.provider.disconnect()
    deleteNote(online.doc, { noteId: kept }, new LocalOrigin('a'))
    addNote(
      online.doc,
      { ...cell, author: 'a', now: 2, text: 'added after the version' },
      new LocalOrigin('a'),
    )
    addNote(offline.doc, { ...cell, author: 'b', now: 3, text: 'written on the train' }, new LocalOrigin('b'))
    await eventually(() => expect(texts(online.doc)).toEqual(['added after the version']))

    const opened = await api(`/versions/${version.id}`, board.tokens.viewer)
    expect(opened.headers.get('content-type')).toBe('application/octet-stream')
    const snapshot = new Y.Doc()
    Y.applyUpdate(snapshot, new Uint8Array(await opened.arrayBuffer()))
    expect(texts(snapshot)).toEqual(['Procurement asks for a security review'])

    const restored = await api(`/versions/${version.id}/restore`, facilitator, { method: 'POST' })
    expect(restored.status).toBe(200)
    await eventually(() => expect(texts(online.doc)).toEqual(['Procurement asks for a security review']))

    offline.provider.connect()
    const expected = ['Procurement asks for a security review', 'written on the train']
    await eventually(() => {
      expect(texts(online.doc)).toEqual(expected)
      expect(texts(offline.doc)).toEqual(expected)
    })
    expect((await api('/versions/nope', board.tokens.viewer)).status).toBe(404)
  })

  it('keep the canvas too: restoring brings back the drawing as it was, and a version of a board without one leaves the canvas alone', async () => {
    const board = await createBoard(server.url, { title: 'Canvas versions' })
    const facilitator = await joinBoard(server.url, board.id, board.tokens.facilitator, 'Mei')
    const post = (path: string, body?: unknown) =>
      fetch(`${server.url}/api/boards/${board.id}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${facilitator}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    const saveVersion = async (name: string) =>
      ((await (await post('/versions', { name })).json()) as { id: string }).id
    const blank = await saveVersion('before any drawing')

    const canvas = server.connect(canvasRoomName(board.id), board.tokens.editor)
    await canvas.synced
    const records = canvas.doc.getMap<{ id: string; x: number }>('records')
    records.set('shape:a', { id: 'shape:a', x: 10 })
    records.set('shape:b', { id: 'shape:b', x: 20 })
    const drawn = await saveVersion('first sketch')
    records.delete('shape:a')
    records.set('shape:b', { id: 'shape:b', x: 99 })
    records.set('shape:c', { id: 'shape:c', x: 30 })

    expect((await post(`/versions/${drawn}/restore`)).status).toBe(200)
    await eventually(() =>
      expect(records.toJSON()).toEqual({
        'shape:a': { id: 'shape:a', x: 10 },
        'shape:b': { id: 'shape:b', x: 20 },
      }),
    )
    // Saved when the board had no canvas: restoring it changes the map only.
    expect((await post(`/versions/${blank}/restore`)).status).toBe(200)
    const reader = server.connect(canvasRoomName(board.id), board.tokens.viewer)
    await reader.synced
    expect(Object.keys(reader.doc.getMap('records').toJSON()).sort()).toEqual(['shape:a', 'shape:b'])
  })
})
