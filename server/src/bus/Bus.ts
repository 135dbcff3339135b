/**
 * Carries room traffic between relay instances. Pub/sub may drop messages, so rooms also exchange
 * state digests (`heal`) periodically and after a reconnect; a reply is only ever an incremental
 * Yjs update, which cannot strip content from a replica that is behind.
 */
export const BusKinds = { update: 1, awareness: 2, heal: 3, boardEvent: 4 } as const
export type BusKind = (typeof BusKinds)[keyof typeof BusKinds]

export type BusHandler = (kind: BusKind, payload: Uint8Array, fromInstance: string) => void

export interface Bus {
  readonly instanceId: string
  publish(room: string, kind: BusKind, payload: Uint8Array): void
  /** Resolves once the subscription is active, so nothing published afterwards is missed. */
  subscribe(room: string, handler: BusHandler): Promise<void>
  unsubscribe(room: string): Promise<void>
  /** Called after the connection to the bus came back (messages may have been lost meanwhile). */
  onReconnect(listener: () => void): void
  /**
   * Holds `key` for this instance for `ttlMs`: takes it if nobody holds it, renews it if this
   * instance does. True while it is ours. Used to give one instance a job per board (tallies).
   */
  claim(key: string, ttlMs: number): Promise<boolean>
  /** Gives up `key` if this instance holds it. */
  unclaim(key: string): Promise<void>
  ping(): Promise<boolean>
  close(): Promise<void>
}

/** One instance alone: nothing to carry. */
export const localBus: Bus = {
  instanceId: 'local',
  publish() {},
  async subscribe() {},
  async unsubscribe() {},
  onReconnect() {},
  async claim() {
    return true
  },
  async unclaim() {},
  async ping() {
    return true
  },
  async close() {},
}
