import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

/** The relay's Prometheus metrics, one registry per app instance so tests do not share counters. */
export class RelayMetrics {
  readonly registry = new Registry()
  readonly rooms = new Gauge({ name: 'jm_rooms', help: 'Rooms loaded in memory', registers: [this.registry] })
  readonly hibernatingRooms = new Gauge({
    name: 'jm_rooms_hibernating',
    help: 'Loaded rooms keeping only their encoded document until their next use',
    registers: [this.registry],
  })
  readonly connections = new Gauge({
    name: 'jm_connections',
    help: 'Open websocket connections',
    registers: [this.registry],
  })
  readonly messagesIn = new Counter({
    name: 'jm_messages_in_total',
    help: 'Websocket messages received',
    registers: [this.registry],
  })
  readonly messagesOut = new Counter({
    name: 'jm_messages_out_total',
    help: 'Websocket messages sent',
    registers: [this.registry],
  })
  readonly bytesIn = new Counter({
    name: 'jm_bytes_in_total',
    help: 'Websocket bytes received',
    registers: [this.registry],
  })
  readonly bytesOut = new Counter({
    name: 'jm_bytes_out_total',
    help: 'Websocket bytes sent',
    registers: [this.registry],
  })
  readonly persistedUpdates = new Counter({
    name: 'jm_persisted_updates_total',
    help: 'Updates appended to storage',
    registers: [this.registry],
  })
  readonly rejections = new Counter({
    name: 'jm_rejections_total',
    help: 'Messages or connections refused, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  })
  constructor() {
    // Process memory, CPU, event-loop lag and GC (process_*, nodejs_*): read only when scraped.
    collectDefaultMetrics({ register: this.registry })
  }

  readonly persistSeconds = new Histogram({
    name: 'jm_persist_seconds',
    help: 'Time to append one batch of updates (one commit) durably',
    buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
    registers: [this.registry],
  })
}
