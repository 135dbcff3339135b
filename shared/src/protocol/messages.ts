/** y-websocket message types (first varUint of every frame); the relay speaks only these. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const

export const PROTOCOL_VERSION = 1
