/**
 * Carries room traffic between relay instances. Pub/sub may drop messages, so rooms also exchange
 * state digests (`heal`) periodically and after a reconnect; a reply is only ever an incremental
 * Yjs update, which cannot strip content from a replica that is behind.
 */
export const BusKinds = { update: 1, awareness: 2, heal: 3 } as const
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
  async ping() {
    return true
  },
  async close() {},
}
