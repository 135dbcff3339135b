/** Relay caps; every one is configurable through createApp (and the environment in main.ts). */
export interface RelayLimits {
  /** Largest accepted websocket message. @default 16 MiB */
  maxMessageBytes: number
  /** Largest stored size of one room (snapshot plus pending updates). @default 64 MiB */
  maxDocBytes: number
  /** Unsent bytes a slow reader may accumulate (beyond the sync reply it is still receiving) before it is closed with 1013. @default 8 MiB */
  maxBufferedBytes: number
  /** Open sockets per room. @default 500 */
  maxConnectionsPerRoom: number
  /** Open sockets per client address. @default 200 */
  maxConnectionsPerAddress: number
  /** How long an empty room stays in memory. @default 30 s */
  roomGraceMs: number
  /**
   * A room nobody has edited or joined for this long keeps only its encoded document (about a
   * tenth of the memory of a loaded one) until its next use; 0 never does. @default 60 s
   */
  hibernateAfterMs: number
  /** Stored updates of a room that trigger a compaction into one snapshot. @default 500 */
  compactEveryUpdates: number
  /** Sockets are pinged this often; one that did not answer the previous ping is cut off. @default 30 s */
  heartbeatMs: number
  /** With several instances: how often open rooms compare state with the others. @default 5 s */
  healIntervalMs: number
  /**
   * With several instances: one instance per board runs its vote tallies, round deadlines and
   * reveals, under a lease of this length; a dead holder is replaced within it. @default 10 s
   */
  ownerLeaseMs: number
}

export const DEFAULT_LIMITS: RelayLimits = {
  maxMessageBytes: 16 * 1024 * 1024,
  maxDocBytes: 64 * 1024 * 1024,
  maxBufferedBytes: 8 * 1024 * 1024,
  maxConnectionsPerRoom: 500,
  maxConnectionsPerAddress: 200,
  roomGraceMs: 30_000,
  hibernateAfterMs: 60_000,
  compactEveryUpdates: 500,
  healIntervalMs: 5_000,
  ownerLeaseMs: 10_000,
  heartbeatMs: 30_000,
}
