import { MessageType } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'

type AuthListener = (subtype: number, payload: decoding.Decoder) => void

const listeners = new WeakMap<WebsocketProvider, Set<AuthListener>>()

/**
 * Lets several parts of the app read the relay's auth messages (type 2: "saved", "refused",
 * "permission denied") while the provider still handles them itself. The provider's
 * `messageHandlers` table is its documented extension point; it is wrapped once per provider.
 * Each listener gets its own decoder positioned after the subtype.
 */
export function onAuthMessage(provider: WebsocketProvider, listener: AuthListener): () => void {
  let set = listeners.get(provider)
  if (!set) {
    const own = new Set<AuthListener>()
    set = own
    listeners.set(provider, own)
    const handler = provider.messageHandlers[MessageType.auth]
    if (!handler) throw new Error('y-websocket lacks the auth handler')
    provider.messageHandlers[MessageType.auth] = (encoder, decoder, prov, emitSynced, messageType) => {
      const rest = decoder.arr.subarray(decoder.pos)
      for (const each of own) {
        const payload = decoding.createDecoder(rest)
        each(decoding.readVarUint(payload), payload)
      }
      handler(encoder, decoder, prov, emitSynced, messageType)
    }
  }
  set.add(listener)
  return () => set.delete(listener)
}
