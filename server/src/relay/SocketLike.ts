/** The minimal socket the relay needs; the Hono/ws glue adapts a real websocket to it. */
export interface SocketLike {
  send(data: Uint8Array): void
  close(code: number, reason: string): void
  /** Bytes queued but not yet written to the network. */
  readonly bufferedAmount: number
}
