import { MAX_LINK_URL_LENGTH } from '../limits.ts'

const WEB_PROTOCOLS = new Set(['http:', 'https:'])

/**
 * The address as a web URL, or null. Only http(s) is a link: `javascript:`, `data:` and the like
 * would run or show content in the board's origin. Addresses with a user name or password are
 * refused too, since `https://bank.example@evil.example` reads as one host and opens another.
 * @public
 */
export function parseLinkUrl(raw: string): URL | null {
  const text = raw.trim()
  if (text === '' || text.length > MAX_LINK_URL_LENGTH) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (!WEB_PROTOCOLS.has(url.protocol) || url.hostname === '') return null
  if (url.username !== '' || url.password !== '') return null
  return url
}

/** What a link shows when it has no title: its host, without a leading "www.". @public */
export function linkHost(url: string): string {
  return parseLinkUrl(url)?.hostname.replace(/^www\./, '') ?? ''
}
