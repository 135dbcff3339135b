import type { RoomHooks, RoomHooksByKind } from '../relay/hooks.ts'

/** Runs both sets of hooks per room kind: the first guard to refuse wins; every observer runs. */
export function combineHooks(first: RoomHooksByKind, second: RoomHooksByKind = {}): RoomHooksByKind {
  const kinds = new Set([...Object.keys(first), ...Object.keys(second)]) as Set<keyof RoomHooksByKind>
  const combined: RoomHooksByKind = {}
  for (const kind of kinds) {
    const a: RoomHooks = first[kind] ?? {}
    const b: RoomHooks = second[kind] ?? {}
    combined[kind] = {
      async guard(context) {
        return (await a.guard?.(context)) ?? (await b.guard?.(context)) ?? null
      },
      async afterUpdate(context) {
        await a.afterUpdate?.(context)
        await b.afterUpdate?.(context)
      },
    }
  }
  return combined
}
