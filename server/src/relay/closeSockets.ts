import type { WebSocket, WebSocketServer } from 'ws'

export interface CloseWait {
  /** How long every client gets to answer the close frame with its own. */
  handshakeMs: number
  /**
   * How long a socket that did not answer may keep draining what is queued for it (its close frame
   * is at the end of that queue) before it is cut off as dead.
   */
  drainMs: number
  /** Called with the number of sockets still draining once the handshake time is over. */
  onDraining?: (count: number) => void
}

const DRAIN_POLL_MS = 25

/**
 * Waits until every websocket finished its close handshake (so the close frame and code reach the
 * client before the process exits), then cuts off the ones still open. A socket is cut off only
 * once nothing is queued for it in this process, or after `drainMs`: cutting it off earlier would
 * drop its close frame with the backlog, and a slow but live client would see 1006 instead of the
 * code that tells it why.
 */
export async function closeSockets(wss: WebSocketServer, wait: CloseWait): Promise<void> {
  const open = [...wss.clients].filter((ws) => ws.readyState !== ws.CLOSED)
  if (open.length === 0) return
  const allClosed = Promise.all(open.map((ws) => closedPromise(ws)))
  await raceTimeout(allClosed, wait.handshakeMs)
  const draining = open.filter((ws) => ws.readyState !== ws.CLOSED)
  if (draining.length === 0) return
  wait.onDraining?.(draining.length)
  const deadline = Date.now() + wait.drainMs
  await Promise.all(draining.map((ws) => flushed(ws, deadline)))
  for (const ws of draining) if (ws.readyState !== ws.CLOSED) ws.terminate()
}

function closedPromise(ws: WebSocket): Promise<void> {
  return new Promise((resolve) => ws.once('close', () => resolve()))
}

async function raceTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}

/** Resolves once `ws` is closed or has nothing queued in this process, or at `deadline`. */
function flushed(ws: WebSocket, deadline: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (ws.readyState === ws.CLOSED || ws.bufferedAmount === 0 || Date.now() >= deadline) {
        clearInterval(timer)
        resolve()
      }
    }
    const timer = setInterval(check, DRAIN_POLL_MS)
    check()
  })
}
