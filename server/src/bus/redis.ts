import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { type Logger, silentLogger } from '../log.ts'
import { type Bus, type BusHandler, type BusKind, BusKinds } from './Bus.ts'

const CHANNEL_PREFIX = 'jm:room:'
const CLAIM_PREFIX = 'jm:claim:'
/** Renews the key if this instance holds it, else takes it if free; 1 when held afterwards. */
const CLAIM_SCRIPT = `
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`
const UNCLAIM_SCRIPT = `
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`
const KINDS = new Set<number>(Object.values(BusKinds))

/** Frame: kind (1 byte), instance id length (1 byte), instance id (ASCII), payload. */
function encode(kind: BusKind, instanceId: string, payload: Uint8Array): Buffer {
  const id = Buffer.from(instanceId, 'latin1')
  return Buffer.concat([Buffer.from([kind, id.length]), id, payload])
}

function decode(frame: Buffer): { kind: BusKind; from: string; payload: Uint8Array } | null {
  if (frame.length < 2 || !KINDS.has(frame[0] ?? 0)) return null
  const idLength = frame[1] ?? 0
  if (frame.length < 2 + idLength) return null
  return {
    kind: frame[0] as BusKind,
    from: frame.subarray(2, 2 + idLength).toString('latin1'),
    payload: new Uint8Array(frame.subarray(2 + idLength)),
  }
}

/** Redis pub/sub, one channel per room; binary frames via ioredis' messageBuffer events. */
export async function openRedisBus(url: string, log: Logger = silentLogger): Promise<Bus> {
  const instanceId = randomUUID().slice(0, 18)
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 })
  const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null })
  await Promise.all([publisher.connect(), subscriber.connect()])
  const handlers = new Map<string, BusHandler>()
  const reconnectListeners = new Set<() => void>()
  let everReady = false

  subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    const room = channel.toString().slice(CHANNEL_PREFIX.length)
    const handler = handlers.get(room)
    const frame = decode(message)
    if (!handler || !frame || frame.from === instanceId) return
    handler(frame.kind, frame.payload, frame.from)
  })
  // ioredis retries on its own; say once that Redis went away and once that it came back.
  let reachable = true
  const onError = (error: Error) => {
    if (!reachable) return
    reachable = false
    log.warn('redis unreachable', { error: error.message })
  }
  publisher.on('error', onError)
  subscriber.on('error', onError)
  subscriber.on('ready', () => {
    if (!reachable) log.info('redis reachable again')
    reachable = true
    // ioredis resubscribes by itself; what was published while we were away is healed by the rooms.
    if (everReady) for (const listener of reconnectListeners) listener()
    everReady = true
  })
  everReady = subscriber.status === 'ready'

  return {
    instanceId,
    publish(room, kind, payload) {
      publisher.publish(CHANNEL_PREFIX + room, encode(kind, instanceId, payload)).catch(() => {
        // A lost message is repaired by the next heal round.
      })
    },
    async subscribe(room, handler) {
      handlers.set(room, handler)
      await subscriber.subscribe(CHANNEL_PREFIX + room)
    },
    async unsubscribe(room) {
      handlers.delete(room)
      await subscriber.unsubscribe(CHANNEL_PREFIX + room).catch(() => undefined)
    },
    onReconnect(listener) {
      reconnectListeners.add(listener)
    },
    async claim(key, ttlMs) {
      return (await publisher.eval(CLAIM_SCRIPT, 1, CLAIM_PREFIX + key, instanceId, ttlMs)) === 1
    },
    async unclaim(key) {
      await publisher.eval(UNCLAIM_SCRIPT, 1, CLAIM_PREFIX + key, instanceId)
    },
    async ping() {
      try {
        return (await publisher.ping()) === 'PONG'
      } catch {
        return false
      }
    },
    async close() {
      subscriber.disconnect()
      publisher.disconnect()
    },
  }
}
