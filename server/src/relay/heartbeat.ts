import type { WebSocket, WebSocketServer } from 'ws'

/**
 * Pings every socket each `intervalMs` and cuts off the ones that did not answer the previous
 * ping: a peer that vanished without closing (half-open TCP, a sleeping laptop) would otherwise
 * hold its room in memory forever. Browsers and the ws library answer pings on their own.
 * Returns a function that stops the heartbeat.
 */
export function startHeartbeat(
  wss: WebSocketServer,
  intervalMs: number,
  onTimeout: (ws: WebSocket) => void,
): () => void {
  const awaitingPong = new WeakSet<WebSocket>()
  const onConnection = (ws: WebSocket) => {
    ws.on('pong', () => awaitingPong.delete(ws))
  }
  wss.on('connection', onConnection)
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (awaitingPong.has(ws)) {
        onTimeout(ws)
        ws.terminate()
        continue
      }
      awaitingPong.add(ws)
      ws.ping()
    }
  }, intervalMs)
  timer.unref()
  return () => {
    clearInterval(timer)
    wss.off('connection', onConnection)
  }
}
