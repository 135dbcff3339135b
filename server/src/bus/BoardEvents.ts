import { ROLES } from '@jm/shared'
import * as v from 'valibot'
import { type Bus, BusKinds } from './Bus.ts'

/**
 * What happens to a board as a whole and must reach every instance: its deletion, the rotation
 * of a share link (sockets that joined with the old link are closed wherever they are connected),
 * and its archiving or restoring (sockets become read-only, or writable again, wherever they are).
 */
const BoardEventSchema = v.variant('type', [
  v.object({ type: v.literal('deleted'), board: v.string() }),
  v.object({
    type: v.literal('link-rotated'),
    board: v.string(),
    role: v.picklist(ROLES),
    gen: v.pipe(v.number(), v.integer()),
  }),
  v.object({ type: v.literal('archived'), board: v.string(), archived: v.boolean() }),
])
export type BoardEvent = v.InferOutput<typeof BoardEventSchema>

/** Never a room name (those start with a letter or digit), so it cannot collide with a room's channel. */
const CHANNEL = '!board-events'

/**
 * Applies board events on this instance and carries them to the others. `announce` applies first
 * and publishes after, so the instance that took the request is done before the others hear of it.
 */
export class BoardEvents {
  constructor(
    private readonly bus: Bus,
    private readonly apply: (event: BoardEvent) => Promise<void> | void,
  ) {}

  /** Resolves once this instance listens to the others' events. */
  start(): Promise<void> {
    return this.bus.subscribe(CHANNEL, (kind, payload) => {
      if (kind !== BusKinds.boardEvent) return
      const event = decode(payload)
      if (event) void this.apply(event)
    })
  }

  async announce(event: BoardEvent): Promise<void> {
    await this.apply(event)
    this.bus.publish(CHANNEL, BusKinds.boardEvent, new TextEncoder().encode(JSON.stringify(event)))
  }
}

function decode(payload: Uint8Array): BoardEvent | null {
  try {
    const parsed = v.safeParse(BoardEventSchema, JSON.parse(new TextDecoder().decode(payload)))
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}
