import * as v from 'valibot'

/** Whether the server reaches a backing service; `not used` for a bus on a single instance. */
const Reachability = v.picklist(['reachable', 'unreachable', 'not used'])

/** `GET /api/health`: 200 when storage and bus answer, else 503 with the same body. */
export const Health = v.object({
  ok: v.boolean(),
  rooms: v.number(),
  storage: Reachability,
  bus: Reachability,
})
export type Health = v.InferOutput<typeof Health>

/** `GET /api/time`: the server's clock (ms), so every client shows the same countdown. */
export const ServerTime = v.object({ now: v.number() })
export type ServerTime = v.InferOutput<typeof ServerTime>
