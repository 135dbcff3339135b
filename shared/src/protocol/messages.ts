/** y-websocket message types (first varUint of every frame); the relay speaks only these. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const

export const PROTOCOL_VERSION = 1

/**
 * Subtypes of the auth message (type 2). y-protocols defines only 0, "permission denied"; stock
 * clients read the subtype and ignore any other. The relay uses `saved` to tell a writer which of
 * its changes are stored: the payload is the server's state vector. (A sync step 1 would say the
 * same, but stock clients answer it with everything not yet received, resending updates in flight.)
 * A read-only connection that sends a change gets `permissionDenied` with a reason (stock clients
 * log it) and stays open; see RELAY.md beside the server.
 */
export const AuthSubtype = {
  permissionDenied: 0,
  saved: 1,
  /** Part of a writer's update was undone by the server; the payload is RefusedChanges as JSON. */
  refused: 2,
  /**
   * The board is archived: this connection only reads until a workspace owner restores it (the
   * relay then closes with 4509 and the client reconnects writable). No payload.
   */
  archived: 3,
} as const

/** What y-protocols' Awareness reports with its 'change' and 'update' events (client ids). */
export interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}
