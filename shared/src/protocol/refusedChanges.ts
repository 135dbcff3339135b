import * as v from 'valibot'

/** Why the server undid part of an update it accepted. */
export const REFUSAL_CAUSES = ['structure-locked', 'lane-closed'] as const
export type RefusalCause = (typeof REFUSAL_CAUSES)[number]

/** What an undone change touched: the board itself, or one entity of it by id. */
export const REFUSED_KINDS = ['board', 'map', 'stage', 'lane', 'persona', 'note'] as const
export type RefusedKind = (typeof REFUSED_KINDS)[number]

const refusedChangesSchema = v.object({
  cause: v.picklist(REFUSAL_CAUSES),
  reason: v.string(),
  items: v.array(v.object({ kind: v.picklist(REFUSED_KINDS), id: v.string() })),
})

/**
 * Sent to a writer (auth message, subtype `refused`) when the relay applied its update but undid
 * the parts a facilitator's lock forbids: everything else of the update is kept and shared.
 * `reason` is English, for logs and clients that do not translate; `items` name what was undone.
 */
export type RefusedChanges = v.InferOutput<typeof refusedChangesSchema>

/** The message's payload, or null for anything that is not one (an older or foreign server). */
export function parseRefusedChanges(json: string): RefusedChanges | null {
  try {
    const parsed = v.safeParse(refusedChangesSchema, JSON.parse(json))
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}
