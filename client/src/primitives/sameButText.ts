import type { Note } from '@jm/shared'

/** Fields that change while someone types in a note. */
const TYPING_FIELDS = new Set<string>(['text', 'updatedAt'])

const sameValue = (a: unknown, b: unknown) =>
  a === b ||
  (Array.isArray(a) &&
    Array.isArray(b) &&
    a.length === b.length &&
    a.every((item, index) => item === b[index]))

/** Whether two readings of a note differ at most in what typing changes. */
export function sameButText(a: Note, b: Note): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    if (!TYPING_FIELDS.has(key) && !sameValue(a[key as keyof Note], b[key as keyof Note])) return false
  }
  return true
}
