import type { AwarenessChange } from '@jm/shared'
import { createMemo, createSignal, onCleanup } from 'solid-js'
import type { Awareness } from 'y-protocols/awareness'
import {
  CURSOR_INTERVAL_MS,
  distinctColor,
  LARGE_SESSION,
  type Peer,
  type PresenceState,
  readPresence,
} from './presenceState.ts'

/** Who edits which note, as shown on the notes (name and colour). */
const editorsKey = (editors: Map<string, Peer[]>) =>
  [...editors]
    .map(
      ([note, peers]) =>
        `${note}:${peers.map((p) => `${p.clientId}/${p.user.name}/${p.user.color}`).join(',')}`,
    )
    .join(';')

/** Sends at most one update per interval, always ending with the latest value. */
function throttled<T>(interval: () => number, send: (value: T) => void) {
  let last = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: { value: T } | null = null
  const flush = () => {
    timer = undefined
    if (!pending) return
    last = performance.now()
    send(pending.value)
    pending = null
  }
  return {
    push(value: T) {
      pending = { value }
      if (timer) return
      const wait = Math.max(0, last + interval() - performance.now())
      if (wait === 0) flush()
      else timer = setTimeout(flush, wait)
    },
    cancel: () => clearTimeout(timer),
  }
}

/**
 * Presence over the board connection's awareness: everyone else's state as a signal (coalesced to
 * one update per animation frame), and setters for this person's cursor, open note and view.
 * Past LARGE_SESSION people, cursor and view updates are sent less often and cursors start hidden.
 */
export function createPresence(awareness: Awareness, user: PresenceState['user']) {
  const [peers, setPeers] = createSignal<Peer[]>([])
  const [cursorsWanted, setCursorsWanted] = createSignal<boolean | null>(null)
  const [color, setColor] = createSignal(user.color)
  awareness.setLocalState({ user, cursor: null, editing: null, view: null } satisfies PresenceState)

  let frame = 0
  const read = () => {
    frame = 0
    const next: Peer[] = []
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue
      const presence = readPresence(state)
      if (presence) next.push({ clientId, ...presence })
    }
    setPeers(next)
    const distinct = distinctColor(user.color, awareness.clientID, next)
    if (distinct !== color()) {
      setColor(distinct)
      awareness.setLocalStateField('user', { ...user, color: distinct })
    }
  }
  // This person's own cursor moves change the awareness too, at pointer speed: only others' count.
  const onChange = ({ added, updated, removed }: AwarenessChange) => {
    const others = [added, updated, removed].some((ids) => ids.some((id) => id !== awareness.clientID))
    if (others && !frame) frame = requestAnimationFrame(read)
  }
  awareness.on('change', onChange)
  read()

  const large = createMemo(() => peers().length + 1 > LARGE_SESSION)
  const interval = () => (large() ? CURSOR_INTERVAL_MS.large : CURSOR_INTERVAL_MS.small)
  const cursor = throttled<PresenceState['cursor']>(interval, (value) =>
    awareness.setLocalStateField('cursor', value),
  )
  const view = throttled<PresenceState['view']>(interval, (value) =>
    awareness.setLocalStateField('view', value),
  )
  onCleanup(() => {
    awareness.off('change', onChange)
    cancelAnimationFrame(frame)
    cursor.cancel()
    view.cancel()
    awareness.setLocalState(null)
  })

  /**
   * Who has which note open (notes may have several editors). Kept as it was while that stays the
   * same, so others' cursor moves do not make every rendered note look up its editors again.
   */
  const editorsByNote = createMemo(
    () => {
      const map = new Map<string, Peer[]>()
      for (const peer of peers()) {
        if (!peer.editing) continue
        map.set(peer.editing, [...(map.get(peer.editing) ?? []), peer])
      }
      return map
    },
    new Map<string, Peer[]>(),
    { equals: (before, after) => editorsKey(before) === editorsKey(after) },
  )

  return {
    peers,
    /** This person's colour as others see it (see distinctColor). */
    color,
    large,
    showCursors: () => cursorsWanted() ?? !large(),
    setShowCursors: setCursorsWanted,
    editorsOf: (noteId: string) => editorsByNote().get(noteId) ?? [],
    setCursor: (value: PresenceState['cursor']) => cursor.push(value),
    setView: (value: PresenceState['view']) => view.push(value),
    setEditing: (noteId: string | null) => awareness.setLocalStateField('editing', noteId),
  }
}

export type Presence = ReturnType<typeof createPresence>
