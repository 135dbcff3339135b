/** Characters shown before the match; the snippet is at most SNIPPET_LENGTH characters. */
const BEFORE = 30
const SNIPPET_LENGTH = 120

/**
 * The part of `text` around the first case-insensitive occurrence of `query`, on one line, with an
 * ellipsis where it was cut. Counted in code points, so a cut never splits an emoji or a surrogate.
 */
export function snippetAround(text: string, query: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  const flat = chars.join('')
  const at = flat.toLowerCase().indexOf(query.toLowerCase())
  const startChar = at < 0 ? 0 : Math.max(0, [...flat.slice(0, at)].length - BEFORE)
  const end = Math.min(chars.length, startChar + SNIPPET_LENGTH)
  const body = chars.slice(startChar, end).join('')
  return `${startChar > 0 ? '…' : ''}${body}${end < chars.length ? '…' : ''}`
}
