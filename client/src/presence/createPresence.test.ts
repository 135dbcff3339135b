import type { AwarenessChange } from '@jm/shared'
import { createComputed, createRoot } from 'solid-js'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { createPresence } from './createPresence.ts'

// Node has no animation frames; presence coalesces awareness changes into one per frame.
const native = { request: globalThis.requestAnimationFrame, cancel: globalThis.cancelAnimationFrame }
beforeAll(() => {
  globalThis.requestAnimationFrame = (callback) => setTimeout(() => callback(performance.now()), 0) as never
  globalThis.cancelAnimationFrame = (frame) => clearTimeout(frame)
})
afterAll(() => {
  globalThis.requestAnimationFrame = native.request
  globalThis.cancelAnimationFrame = native.cancel
})

describe('createPresence', () => {
  it('tells a note who edits it, and leaves it alone when others only move their cursors', async () => {
    const mine = new awarenessProtocol.Awareness(new Y.Doc())
    const theirs = new awarenessProtocol.Awareness(new Y.Doc())
    // Their awareness reaches mine as it would through the relay.
    theirs.on('update', ({ added, updated, removed }: AwarenessChange) => {
      const changed = [...added, ...updated, ...removed]
      awarenessProtocol.applyAwarenessUpdate(
        mine,
        awarenessProtocol.encodeAwarenessUpdate(theirs, changed),
        'relay',
      )
    })
    const bob = { name: 'Bob', color: '#30a46c', role: 'editor' }
    theirs.setLocalState({ user: bob, cursor: null, editing: null, view: null })
    let lookups = 0
    const dispose = createRoot((dispose) => {
      const presence = createPresence(mine, { name: 'Ana', color: '#e5484d', role: 'editor' })
      const editor = () => presence.editorsOf('note-1')[0]?.user.name ?? null
      const seen: Array<string | null> = []
      createComputed(() => {
        lookups++
        seen.push(editor())
      })
      return () => {
        dispose()
        return seen
      }
    })

    theirs.setLocalStateField('editing', 'note-1')
    await vi.waitFor(() => expect(lookups).toBe(2))
    for (let x = 0; x < 10; x++) {
      theirs.setLocalStateField('cursor', { x, y: x })
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    theirs.setLocalStateField('editing', null)
    await vi.waitFor(() => expect(lookups).toBe(3))
    expect(dispose()).toEqual([null, 'Bob', null])
  })

  it('gives two people who would share a colour different ones; the lower client id keeps it', async () => {
    const awarenesses = [0, 1].map(() => new awarenessProtocol.Awareness(new Y.Doc()))
    // Each one's awareness reaches the other as it would through the relay.
    for (const [from, to] of [awarenesses, [...awarenesses].reverse()] as const) {
      from?.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
        if (origin === 'relay' || !to) return
        const changed = [...added, ...updated, ...removed]
        awarenessProtocol.applyAwarenessUpdate(
          to,
          awarenessProtocol.encodeAwarenessUpdate(from, changed),
          'relay',
        )
      })
    }
    const sameColor = '#e5484d'
    const { colors, dispose } = createRoot((dispose) => {
      const presences = awarenesses.map((awareness, i) =>
        createPresence(awareness, { name: `Person ${i}`, color: sameColor, role: 'editor' }),
      )
      return { colors: () => presences.map((presence) => presence.color()), dispose }
    })
    await vi.waitFor(() => expect(new Set(colors()).size).toBe(2))
    const first = awarenesses[0]?.clientID ?? 0
    const second = awarenesses[1]?.clientID ?? 0
    expect(colors()[first < second ? 0 : 1]).toBe(sameColor)
    // What the other sees is the colour each shows itself.
    const seenBy0 = awarenesses[0]?.getStates().get(second) as { user: { color: string } } | undefined
    expect(seenBy0?.user.color).toBe(colors()[1])
    dispose()
  })
})
