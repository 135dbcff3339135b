import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { connectClient } from '../../helpers/yclient.ts'
import { withTimeout } from '../load/timeout.ts'
import { markerText } from '../markers.ts'
import { closeAll, connectAll, type ScenarioContext } from './context.ts'

const PROVIDER_WRITER = 999_999

/** The real provider users would run against this server: a doc, a way to await sync, and cleanup. */
async function realProvider(ctx: ScenarioContext, room: string, token: string, url: string) {
  const doc = new Y.Doc()
  if (ctx.server.kind === 'hocuspocus') {
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc, token })
    provider.attach()
    await withTimeout(
      new Promise<void>((resolve) => provider.on('synced', () => resolve())),
      10_000,
      'HocuspocusProvider sync',
    )
    return {
      doc,
      destroy() {
        provider.destroy()
        socket.destroy()
      },
    }
  }
  // WebsocketProvider joins serverUrl and room itself: give it the url without the room.
  const base = url.slice(0, url.lastIndexOf(`/${room}`))
  const client = connectClient(base, room, token, doc)
  await withTimeout(client.synced, 10_000, 'WebsocketProvider sync')
  return { doc, destroy: () => client.destroy() }
}

/**
 * Checks the load client against the stock provider before anything is measured: a load client's
 * write reaches a real provider's document, and a real provider's write reaches the load client.
 */
export async function preflight(ctx: ScenarioContext): Promise<void> {
  const [ticket] = await ctx.server.createRooms(1)
  if (!ticket) throw new Error('no room')
  const provider = await realProvider(ctx, ticket.room, ticket.token, ticket.url)
  try {
    // On a cluster the load client joins another instance than the provider's.
    await connectAll(ctx, [[{ id: 0, ticket: ctx.server.ticketFor(ticket, 1), scan: true }]], {
      timeoutMs: 10_000,
    })
    await ctx.pool.request(0, { op: 'writeOnce', clientId: 0, seq: 7 }, 5_000)
    const bench = provider.doc.getMap<string>('bench')
    await withTimeout(
      new Promise<void>((resolve) => {
        const check = () => bench.get('0')?.startsWith('~bm:0:7:') && resolve()
        bench.observe(check)
        check()
      }),
      10_000,
      `${ctx.server.kind}: the real provider never saw the load client's write`,
    )
    const seen = ctx.pool.request<boolean>(
      0,
      { op: 'awaitMarker', clientId: 0, writer: PROVIDER_WRITER, seq: 1, timeoutMs: 10_000 },
      15_000,
    )
    bench.set(String(PROVIDER_WRITER), markerText(PROVIDER_WRITER, 1))
    await seen
  } finally {
    provider.destroy()
    await closeAll(ctx)
  }
}
