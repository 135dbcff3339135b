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
