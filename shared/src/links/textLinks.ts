import { parseLinkUrl } from './linkUrl.ts'

/** A run of note text: plain, or a web address typed or pasted into it. */
export type TextPart = { text: string; url?: undefined } | { text: string; url: string }

// Ends before whitespace, angle brackets, quotes and full-width punctuation, which Chinese text
// puts right after an address without a space.
const CANDIDATE = /https?:\/\/[^\s<>"'\u3000-\u303f\uff00-\uffef]+/gi
/** Closing punctuation of the sentence, not of the address ("see https://a.example/x)."). */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}'])

/** Drops trailing punctuation, but keeps a ")" that closes a "(" of the address (Wikipedia titles). */
function trimTrailing(address: string): string {
  let end = address.length
  while (end > 0 && TRAILING.has(address[end - 1] ?? '')) {
    const head = address.slice(0, end)
    if (head.endsWith(')') && count(head, '(') >= count(head, ')')) break
    end--
  }
  return address.slice(0, end)
}

const count = (text: string, char: string) => text.split(char).length - 1

/** Splits text into plain runs and http(s) addresses, in order; joined, the parts give the text back. @public */
export function splitTextLinks(text: string): TextPart[] {
  const parts: TextPart[] = []
  let plainFrom = 0
  for (const match of text.matchAll(CANDIDATE)) {
    const address = trimTrailing(match[0])
    if (!parseLinkUrl(address)) continue
    if (match.index > plainFrom) parts.push({ text: text.slice(plainFrom, match.index) })
    parts.push({ text: address, url: address })
    plainFrom = match.index + address.length
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom) })
  return parts
}
