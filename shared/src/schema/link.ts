import type * as Y from 'yjs'
import { linkHost, parseLinkUrl } from '../links/linkUrl.ts'
import { compareCreated } from './comment.ts'
import { type Evidence, readEvidence } from './evidence.ts'
import { readString } from './read.ts'
import { entriesOf, linksOf } from './root.ts'

/** A web link put on a note or stage as evidence (an interview recording, a ticket, a dashboard). */
export interface Link extends Evidence {
  /** An http(s) address (see parseLinkUrl). */
  url: string
  /** '' when none was given: the link shows its host. */
  title: string
}

export const LinkKeys = { url: 'url', title: 'title' } as const

/**
 * Reads a link as stored, or null when its address is not a web address: a foreign or tampering
 * client could store a `javascript:` URL, and the reader is what the UI and the exports trust.
 */
export function readLink(id: string, map: Y.Map<unknown>): Link | null {
  const url = parseLinkUrl(readString(map, LinkKeys.url))
  if (!url) return null
  return { ...readEvidence(id, map), url: url.href, title: readString(map, LinkKeys.title) }
}

/** What a link shows: its title, else its host. @public */
export const linkLabel = (link: Pick<Link, 'title' | 'url'>): string => link.title || linkHost(link.url)

/** Every readable link of the board, oldest first. */
export function readLinks(doc: Y.Doc): Link[] {
  return entriesOf(linksOf(doc))
    .flatMap(([id, map]) => readLink(id, map) ?? [])
    .sort(compareCreated)
}
