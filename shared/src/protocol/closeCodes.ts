/**
 * Websocket close codes of the relay, one meaning each (RELAY.md beside the server lists them with
 * when they are sent). The stock y-websocket client treats 4400-4499 as permanent (it stops
 * reconnecting) and every other code as transient, so 4400-4499 are used only where retrying cannot
 * help and 4500-4599 mean "try again later".
 */
export const CloseCodes = {
  Malformed: { code: 4400, reason: 'malformed message' },
  Unauthorized: { code: 4401, reason: 'no or invalid token' },
  Forbidden: { code: 4403, reason: 'not allowed for this role' },
  NotFound: { code: 4404, reason: 'no such board' },
  /** The board was deleted; a client offers to export its local copy, then forgets it. */
  Deleted: { code: 4410, reason: 'this board was deleted' },
  TooLarge: { code: 4413, reason: 'message or document over the size cap' },
  StorageUnavailable: { code: 4500, reason: 'storage unavailable; reconnect' },
  RoomFull: { code: 4503, reason: 'the board is full; try again later' },
  /**
   * The board was restored from the archive: reconnect to write again. The reconnect's sync sends
   * whatever the client holds that the relay dropped while the board was read-only.
   */
  Restored: { code: 4509, reason: 'the board was restored from the archive; reconnect' },
  TooManyFromAddress: { code: 4529, reason: 'too many connections from your address; try again later' },
  SlowReader: { code: 1013, reason: 'too much unread data; reconnect to resync' },
  ServerRestart: { code: 1012, reason: 'server restarting' },
} as const

export type CloseCode = (typeof CloseCodes)[keyof typeof CloseCodes]
