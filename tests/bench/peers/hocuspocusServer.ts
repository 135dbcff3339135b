// @hocuspocus/server 3.4.4 (the newest without a Node >= 22 requirement), in memory, no extensions.
// Server.listen() passes `address` where node expects `host` and so binds every interface; the bench
// listens on its http server itself to stay on HOST (127.0.0.1).
import type { AddressInfo } from 'node:net'
import { Server } from '@hocuspocus/server'

const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 0)

const server = new Server({ quiet: true, stopOnSignals: false })
server.httpServer.listen(port, host, () => {
  console.log(JSON.stringify({ event: 'listening', port: (server.httpServer.address() as AddressInfo).port }))
})
