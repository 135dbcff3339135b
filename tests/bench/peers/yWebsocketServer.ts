// The reference y-websocket server (@y/websocket-server 0.1.1), wired exactly as its own src/server.js
// (with the ws version it depends on), except that it binds HOST:PORT (port 0 allowed) and prints the
// chosen port for the bench. Without YPERSISTENCE it keeps documents in memory only.

import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { setupWSConnection } from '@y/websocket-server/utils'
import type { WebSocketServer } from 'ws'

const requireFromPeer = createRequire(import.meta.resolve('@y/websocket-server/utils'))
const WebSocket = requireFromPeer('ws') as { Server: new (options: { noServer: true }) => WebSocketServer }

const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 0)

const wss = new WebSocket.Server({ noServer: true })
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})
wss.on('connection', setupWSConnection)
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
})
server.listen(port, host, () => {
  console.log(JSON.stringify({ event: 'listening', port: (server.address() as AddressInfo).port }))
})
