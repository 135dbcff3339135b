import type { SearchEntry } from '@jm/shared/workspaces'

export const textKey = (kind: string, item: string): string => `${kind}\u0000${item}`

/**
 * What to change in a board's stored search texts: the keys to drop and the entries to write. An
 * edit of one note rewrites one row, whatever the size of the board.
 */
export function diffTexts(
  stored: ReadonlyMap<string, string>,
  next: readonly SearchEntry[],
): { removed: string[]; written: SearchEntry[] } {
  const wanted = new Map(next.map((entry) => [textKey(entry.kind, entry.item), entry]))
  const removed = [...stored.keys()].filter((key) => !wanted.has(key))
  const written = [...wanted].filter(([key, entry]) => stored.get(key) !== entry.text).map(([, e]) => e)
  return { removed, written }
}

export const splitKey = (key: string): [kind: string, item: string] => {
  const at = key.indexOf('\u0000')
  return [key.slice(0, at), key.slice(at + 1)]
}

/** `%`, `_` and `\` taken literally in a LIKE pattern with ESCAPE '\'. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&')
