/**
 * Websocket close codes of the relay. 4400-4499 are permanent for the stock y-websocket client
 * (it stops reconnecting), so they are used only where retrying cannot help.
 */
export const CloseCodes = {
  Unauthorized: { code: 4401, reason: 'no or invalid token' },
  Forbidden: { code: 4403, reason: 'not allowed for this role' },
  Malformed: { code: 4400, reason: 'malformed message' },
  TooLarge: { code: 4413, reason: 'message or document over the size cap' },
  NotFound: { code: 4404, reason: 'no such board' },
  /** A change to a part the facilitator locked; the client drops its copy and resyncs. */
  Locked: { code: 4423, reason: 'that part of the board is locked by the facilitator' },
  SlowReader: { code: 1013, reason: 'too much unread data; reconnect to resync' },
  ServerRestart: { code: 1012, reason: 'server restarting' },
} as const

export type CloseCode = (typeof CloseCodes)[keyof typeof CloseCodes]
