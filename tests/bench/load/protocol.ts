import type { LatencyHistogram } from '../histogram.ts'
import type { RoomTicket } from '../wire.ts'

/** One load client a worker should open; `id` is its writer number across all workers. */
export interface ClientSpec {
  id: number
  ticket: RoomTicket
  /** Receives only (the throughput scenario's acknowledgement source). */
  observer?: boolean
  /** Scans relayed updates for markers (costs the client time; writers that only write skip it). */
  scan: boolean
}

/** Commands the bench runner sends to a load worker, each answered once. Times are epoch ms. */
export type WorkerCommand =
  | { op: 'connect'; specs: ClientSpec[]; seed?: Uint8Array; concurrency: number; timeoutMs: number }
  | {
      op: 'fanout'
      writers: number
      start: number
      intervalMs: number
      writeEnd: number
      measureStart: number
      measureEnd: number
    }
  | { op: 'fanoutStats'; withHistogram: boolean }
  | { op: 'throughput'; window: number; measureStart: number; measureEnd: number }
  | { op: 'timedSync'; ticket: RoomTicket; repeats: number; timeoutMs: number }
  | { op: 'preload'; ticket: RoomTicket; updates: Uint8Array[]; expectNotes: number; timeoutMs: number }
  | { op: 'writeOnce'; clientId: number; seq: number }
  | { op: 'awaitMarker'; clientId: number; writer: number; seq: number; timeoutMs: number }
  | { op: 'closeAll'; timeoutMs: number }

export interface ConnectResult {
  connected: number
  failed: string[]
}

export interface FanoutStats {
  /** Writes this worker's clients sent inside the measurement window. */
  writesInWindow: number
  /** Distinct window writes this worker's clients received from others. */
  delivered: number
  /** Clients the server closed during the run. */
  closedByServer: number
  histogram?: LatencyHistogram
}

export interface ThroughputResult {
  /** This worker's writes its observer saw relayed inside the window. */
  accepted: number
  sent: number
}

export interface TimedSync {
  /** From opening the socket to having the room integrated into a Y.Doc. */
  ms: number
  /** From opening the socket to the arrival of the room's content (the server's share of `ms`). */
  arrivedMs: number
  bytes: number
}

export interface PreloadResult {
  /** Notes a fresh client found in the room afterwards. */
  notes: number
}

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }
