import { describe, expect, it } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { AwarenessEntry } from './awarenessEntries.ts'
import { sortAwarenessEntries } from './awarenessPolicy.ts'
import { Connection } from './Connection.ts'

const socket = { send() {}, close() {}, bufferedAmount: 0 }
const connection = (participant?: string) =>
  new Connection(
    socket,
    { board: 'b', role: 'editor', gen: 0, participant },
    { read: true, write: true },
    'a',
  )
const entry = (id: number, clock: number, state: unknown = { name: 'x' }): AwarenessEntry => ({
  id,
  clock,
  state: JSON.stringify(state),
})

describe('sortAwarenessEntries', () => {
  it('lets a connection claim its first id and keep using it', () => {
    const awareness = new Awareness(new Y.Doc())
    const alice = connection('p-alice')
    expect(sortAwarenessEntries(awareness, [alice], alice, [entry(1, 1)])).toEqual({
      ok: true,
      own: [entry(1, 1)],
      echoes: 0,
    })
    expect(alice.awarenessIds).toEqual(new Set([1]))
    expect(sortAwarenessEntries(awareness, [alice], alice, [entry(1, 2)]).ok).toBe(true)
  })

  it('drops echoes of known states and removals, refuses newer states for foreign ids', () => {
    const awareness = new Awareness(new Y.Doc())
    const alice = connection('p-alice')
    const bob = connection('p-bob')
    alice.awarenessIds.add(1)
    bob.awarenessIds.add(2)
    awareness.meta.set(1, { clock: 5, lastUpdated: 0 })
    const echo = sortAwarenessEntries(awareness, [alice, bob], bob, [entry(1, 5), entry(1, 9, null)])
    expect(echo).toEqual({ ok: true, own: [], echoes: 2 })
    const mixed = sortAwarenessEntries(awareness, [alice, bob], bob, [entry(2, 1), entry(1, 4)])
    expect(mixed).toEqual({ ok: true, own: [entry(2, 1)], echoes: 1 })
    expect(sortAwarenessEntries(awareness, [alice, bob], bob, [entry(1, 6)])).toEqual({
      ok: false,
      foreignId: 1,
    })
    // A second id for a connection that already has one is refused too.
    expect(sortAwarenessEntries(awareness, [alice, bob], bob, [entry(3, 1)])).toEqual({
      ok: false,
      foreignId: 3,
    })
  })

  it("hands an id over to the same participant's new connection, not to someone else's", () => {
    const awareness = new Awareness(new Y.Doc())
    const old = connection('p-alice')
    old.awarenessIds.add(7)
    const stranger = connection('p-mallory')
    expect(sortAwarenessEntries(awareness, [old, stranger], stranger, [entry(7, 1)]).ok).toBe(false)
    const reconnect = connection('p-alice')
    expect(sortAwarenessEntries(awareness, [old, reconnect], reconnect, [entry(7, 1)]).ok).toBe(true)
    expect(old.awarenessIds.size).toBe(0)
    expect(reconnect.awarenessIds).toEqual(new Set([7]))
  })
})
