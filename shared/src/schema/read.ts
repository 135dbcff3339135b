/** Defensive field readers: a missing or malformed value from an old or foreign client becomes the default. */
import type * as Y from 'yjs'

export type FieldSource = Y.Map<unknown>

export function readString(map: FieldSource, key: string, fallback = ''): string {
  const value = map.get(key)
  return typeof value === 'string' ? value : fallback
}

export function readNumber(map: FieldSource, key: string, fallback: number): number {
  const value = map.get(key)
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
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

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
