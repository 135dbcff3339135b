import type { AwarenessChange } from '@jm/shared'
import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  react,
  type Signal,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'

/** The awareness field that carries this client's tldraw presence (cursor, selection, camera). */
const FIELD = 'tldraw'
/** Cursor moves fire every frame; sending at most this often keeps the relay's fan-out small. */
const SEND_EVERY_MS = 50

const presenceIdOf = (clientId: number) => InstancePresenceRecordType.createId(String(clientId))

function remotePresence(store: TLStore, clientId: number, state: unknown): TLInstancePresence | null {
  const value = (state as Record<string, unknown> | null)?.[FIELD]
  if (!value || typeof value !== 'object') return null
  try {
    return InstancePresenceRecordType.validate({ ...value, id: presenceIdOf(clientId) })
  } catch {
    console.warn('canvas: ignored malformed presence from client', clientId, store.id)
    return null
  }
}

/**
 * Others' cursors and selections through the canvas room's awareness: this client's presence (a
 * tldraw derivation of its user, camera, cursor and selection) is published in the awareness field
 * `tldraw`, and every other client's field becomes an instance_presence record in the store, which
 * tldraw draws as a collaborator cursor and selection. Awareness drops a client that goes away, and
 * its record is removed with it.
 */
export function bindPresence(store: TLStore, awareness: Awareness, user: Signal<TLUser>): () => void {
  const presence = createPresenceStateDerivation(user, {
    instanceId: presenceIdOf(awareness.clientID),
  })(store)
  let timer: ReturnType<typeof setTimeout> | undefined
  const send = () => {
    timer = undefined
    awareness.setLocalStateField(FIELD, presence.get())
  }
  const stopPublishing = react('publish canvas presence', () => {
    presence.get()
    timer ??= setTimeout(send, SEND_EVERY_MS)
  })

  const onChange = ({ added, updated, removed }: AwarenessChange) => {
    const states = awareness.getStates()
    const put: TLInstancePresence[] = []
    const gone: TLInstancePresence['id'][] = []
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const record = remotePresence(store, clientId, states.get(clientId))
      if (record) put.push(record)
      else if (store.has(presenceIdOf(clientId))) gone.push(presenceIdOf(clientId))
    }
    for (const clientId of removed) if (store.has(presenceIdOf(clientId))) gone.push(presenceIdOf(clientId))
    if (!put.length && !gone.length) return
    store.mergeRemoteChanges(() => {
      if (gone.length) store.remove(gone)
      if (put.length) store.put(put)
    })
  }
  awareness.on('change', onChange)
  onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

  return () => {
    stopPublishing()
    clearTimeout(timer)
    awareness.off('change', onChange)
    awareness.setLocalStateField(FIELD, null)
  }
}
