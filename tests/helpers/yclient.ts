import { AuthSubtype, MessageType } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface YClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Resolves once the first sync with the server completed. */
  synced: Promise<void>
  destroy(): void
}

/** A stock y-websocket client, exactly as users' browsers connect. */
export function connectClient(wsUrl: string, room: string, token: string, doc = new Y.Doc()): YClient {
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', (isSynced: boolean) => isSynced && resolve())
  })
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Resolves when the provider's socket closes, with the close code and reason. */
export function nextClose(provider: WebsocketProvider): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    provider.once('connection-close', (event: CloseEvent | null) =>
      resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' }),
    )
  })
}

/**
 * Records the auth messages (type 2) a stock provider receives, as subtype and text, while it still
 * handles them itself: how tests see the relay's "permission denied" and "refused" answers.
 */
export function recordAuthMessages(provider: WebsocketProvider): Array<{ subtype: number; text: string }> {
  const seen: Array<{ subtype: number; text: string }> = []
  const handler = provider.messageHandlers[MessageType.auth]
  provider.messageHandlers[MessageType.auth] = (encoder, decoder, prov, emitSynced, messageType) => {
    const peek = decoding.createDecoder(decoder.arr.subarray(decoder.pos))
    const subtype = decoding.readVarUint(peek)
    const text = decoding.hasContent(peek) ? decoding.readVarString(peek) : ''
    if (subtype !== AuthSubtype.saved) seen.push({ subtype, text })
    handler?.(encoder, decoder, prov, emitSynced, messageType)
  }
  return seen
}
