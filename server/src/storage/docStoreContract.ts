import { expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Storage } from './DocStore.ts'

export interface ContractSubject {
  /** Opens the store; a second call after `close` must see the same data when `durable`. */
  open(): Promise<Storage> | Storage
  durable: boolean
}

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array = new Uint8Array()
  const keep = (u: Uint8Array) => {
    update = u
  }
  doc.once('update', keep)
  doc.getText('t').insert(doc.getText('t').length, text)
  return update
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc()
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates))
  return doc.getText('t').toString()
}

/**
 * What the relay relies on from any DocStore/BoardStore (SQLite, memory, later PostgreSQL). Call
 * inside a `describe` per implementation.
 */
export function runDocStoreContract(subject: ContractSubject): void {
  it('loads an unknown room as empty', async () => {
    const store = await subject.open()
    expect(await store.load('nothing-here')).toEqual({ updates: [], lastId: 0, bytes: 0 })
    await store.close()
  })

  it('returns appended updates with increasing ids, their byte count and the last id', async () => {
    const store = await subject.open()
    const doc = new Y.Doc()
    const a = textUpdate(doc, 'ab')
    const b = textUpdate(doc, 'cd')
    const first = await store.append('room-1', a)
    const second = await store.append('room-1', b)
    expect(second).toBeGreaterThan(first)
    const loaded = await store.load('room-1')
    expect(loaded.lastId).toBe(second)
    expect(loaded.bytes).toBe(a.byteLength + b.byteLength)
    expect(textOf(loaded.updates)).toBe('abcd')
    await store.close()
  })

  it('keeps what it stored when the caller later mutates its buffer', async () => {
    const store = await subject.open()
    const update = textUpdate(new Y.Doc(), 'xyz')
    const copy = update.slice()
    await store.append('room-copy', update)
    update.fill(0)
    expect((await store.load('room-copy')).updates).toEqual([copy])
    await store.close()
  })

  it('compacts the entries up to throughId into a snapshot and keeps later ones', async () => {
    const store = await subject.open()
    const doc = new Y.Doc()
    await store.append('room-2', textUpdate(doc, 'a'))
    const throughId = await store.append('room-2', textUpdate(doc, 'b'))
    const snapshot = Y.encodeStateAsUpdate(doc)
    // Appended while the compaction was being prepared: not covered by the snapshot.
    await store.append('room-2', textUpdate(doc, 'c'))
    await store.compact('room-2', snapshot, throughId)
    const loaded = await store.load('room-2')
    expect(loaded.updates).toHaveLength(2)
    expect(textOf(loaded.updates)).toBe('abc')
    expect(loaded.lastId).toBeGreaterThan(throughId)
    // A second compaction through the new lastId leaves one entry.
    await store.compact('room-2', Y.encodeStateAsUpdate(doc), loaded.lastId)
    const again = await store.load('room-2')
    expect(again.updates).toHaveLength(1)
    expect(textOf(again.updates)).toBe('abc')
    expect(again.bytes).toBe(again.updates[0]?.byteLength)
    await store.close()
  })

  it("deletes a board's rooms (content, control, ballots, canvas) and nothing else", async () => {
    const store = await subject.open()
    const update = textUpdate(new Y.Doc(), 'x')
    const rooms = ['b_1', 'b_1.control', 'b_1.ballot.p1', 'b_1.canvas', 'b_10', 'b_1x.control', 'b%1']
    for (const room of rooms) await store.append(room, update)
    await store.deleteRooms('b_1')
    const left = []
    for (const room of rooms) if ((await store.load(room)).updates.length > 0) left.push(room)
    expect(left).toEqual(['b_10', 'b_1x.control', 'b%1'])
    await store.close()
  })

  it('removes the rooms and versions of boards that have no record, and nothing else', async () => {
    const store = await subject.open()
    const update = textUpdate(new Y.Doc(), 'x')
    const linkGen = { facilitator: 0, editor: 0, viewer: 0 }
    await store.createBoard({ id: 'kept', createdAt: 1, linkGen })
    const rooms = ['kept', 'kept.canvas', 'kept.ballot.p1', 'gone', 'gone.control', 'gone.ballot.p1', 'kept2']
    for (const room of rooms) await store.append(room, update)
    const version = { id: 'v', name: 'n', createdAt: 1, author: 'a' }
    await store.saveVersion({ ...version, board: 'kept' }, update)
    await store.saveVersion({ ...version, board: 'gone' }, update)
    // Other tests of this store may have left rooms without boards too.
    expect(await store.deleteOrphans()).toBeGreaterThanOrEqual(5)
    const left = []
    for (const room of rooms) if ((await store.load(room)).updates.length > 0) left.push(room)
    expect(left).toEqual(['kept', 'kept.canvas', 'kept.ballot.p1'])
    expect(await store.getVersion('kept', 'v')).not.toBeNull()
    expect(await store.getVersion('gone', 'v')).toBeNull()
    expect(await store.deleteOrphans()).toBe(0)
    await store.close()
  })

  it('creates a board once, reads it back, bumps a link generation and deletes it', async () => {
    const store = await subject.open()
    const record = { id: 'board-c', createdAt: 42, linkGen: { facilitator: 0, editor: 0, viewer: 0 } }
    expect(await store.createBoard(record)).toBe(true)
    expect(await store.createBoard({ ...record, createdAt: 43 })).toBe(false)
    expect(await store.getBoard('board-c')).toEqual(record)
    await store.setLinkGen('board-c', 'editor', 3)
    expect((await store.getBoard('board-c'))?.linkGen).toEqual({ facilitator: 0, editor: 3, viewer: 0 })
    await store.deleteBoard('board-c')
    expect(await store.getBoard('board-c')).toBeNull()
    expect(await store.getBoard('never')).toBeNull()
    await store.close()
  })

  it('keeps named versions per board (with their canvas when given), newest first, and drops them with the board', async () => {
    const store = await subject.open()
    const doc = new Y.Doc()
    const first = textUpdate(doc, 'v1')
    const meta = (id: string, createdAt: number) => ({
      id,
      board: 'board-v',
      name: `version ${id}`,
      createdAt,
      author: 'Mei',
    })
    await store.saveVersion(meta('a', 10), first)
    const canvas = textUpdate(new Y.Doc(), 'drawing')
    await store.saveVersion(meta('b', 20), Y.encodeStateAsUpdate(doc), canvas)
    await store.saveVersion({ ...meta('c', 30), board: 'board-other' }, first)
    expect((await store.listVersions('board-v')).map((v) => v.id)).toEqual(['b', 'a'])
    expect((await store.listVersions('board-v'))[1]).toEqual(meta('a', 10))
    expect(textOf([(await store.getVersion('board-v', 'a')) ?? new Uint8Array()])).toBe('v1')
    expect(await store.getVersion('board-v', 'missing')).toBeNull()
    expect(textOf([(await store.getVersionCanvas('board-v', 'b')) ?? new Uint8Array()])).toBe('drawing')
    expect(await store.getVersionCanvas('board-v', 'a')).toBeNull()
    expect(await store.getVersionCanvas('board-v', 'missing')).toBeNull()
    await store.deleteBoard('board-v')
    expect(await store.listVersions('board-v')).toEqual([])
    expect(await store.listVersions('board-other')).toHaveLength(1)
    await store.close()
  })

  if (subject.durable) {
    it('keeps updates and boards across close and reopen', async () => {
      const store = await subject.open()
      const doc = new Y.Doc()
      await store.append('room-d', textUpdate(doc, 'kept'))
      await store.createBoard({
        id: 'board-d',
        createdAt: 1,
        linkGen: { facilitator: 1, editor: 0, viewer: 0 },
      })
      await store.close()
      const reopened = await subject.open()
      expect(textOf((await reopened.load('room-d')).updates)).toBe('kept')
      expect((await reopened.getBoard('board-d'))?.linkGen.facilitator).toBe(1)
      await reopened.close()
    })
  }
}
