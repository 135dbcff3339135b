/** Defensive field readers: a missing or malformed value from an old or foreign client becomes the default. */
import * as Y from 'yjs'

export type FieldSource = Y.Map<unknown>

export function readString(map: FieldSource, key: string, fallback = ''): string {
  const value = map.get(key)
  return typeof value === 'string' ? value : fallback
}

export function readNumber(map: FieldSource, key: string, fallback: number): number {
  const value = map.get(key)
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** A finite number, or null when the field is absent or malformed. */
export function readOptionalNumber(map: FieldSource, key: string): number | null {
  const value = map.get(key)
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

export function readBoolean(map: FieldSource, key: string, fallback = false): boolean {
  const value = map.get(key)
  return typeof value === 'boolean' ? value : fallback
}

export function readOneOf<T extends string>(
  map: FieldSource,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = map.get(key)
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

export function readStringList(map: FieldSource, key: string): string[] {
  const value = map.get(key)
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

/** Text kept either as a Y.Text (collaborative) or as a plain string (older or foreign writers). */
export function readText(map: FieldSource, key: string): string {
  const value = map.get(key)
  if (value instanceof Y.Text) return value.toString()
  return typeof value === 'string' ? value : ''
}

/** A nested keyed collection (Y.Map of Y.Maps), read item by item; malformed items are skipped. */
export function readKeyedItems<T>(
  map: FieldSource,
  key: string,
  readItem: (id: string, item: Y.Map<unknown>) => T,
): T[] {
  const value = map.get(key)
  if (!(value instanceof Y.Map)) return []
  const out: T[] = []
  value.forEach((item: unknown, id: string) => {
    if (item instanceof Y.Map) out.push(readItem(id, item))
  })
  return out
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
