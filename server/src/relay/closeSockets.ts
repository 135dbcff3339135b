import type { WebSocketServer } from 'ws'

/**
 * Waits until every websocket finished its close handshake (so the close frame and code reach the
 * client before the process exits), and cuts off the ones still open after `timeoutMs`.
 */
export async function closeSockets(wss: WebSocketServer, timeoutMs: number): Promise<void> {
  const open = [...wss.clients].filter((ws) => ws.readyState !== ws.CLOSED)
  if (open.length === 0) return
  let timer: NodeJS.Timeout | undefined
  const allClosed = Promise.all(open.map((ws) => new Promise((resolve) => ws.once('close', resolve))))
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(resolve, timeoutMs)
  })
  await Promise.race([allClosed, timedOut])
  clearTimeout(timer)
  for (const ws of open) if (ws.readyState !== ws.CLOSED) ws.terminate()
}
