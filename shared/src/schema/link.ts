import * as Y from 'yjs'
import { parseLinkUrl } from '../links/linkUrl.ts'
import { COMMENT_TARGETS, type CommentTarget, compareCreated } from './comment.ts'
import { readNumber, readOneOf, readString } from './read.ts'
import { entriesOf, linksOf } from './root.ts'

/** Links hang on what comments hang on: a note or a stage. */
export const LINK_TARGETS = COMMENT_TARGETS
export type LinkTarget = CommentTarget

/**
 * A web link put on a note or stage as evidence (an interview recording, a ticket, a dashboard).
 * Each link is its own entity in the board's `links` collection, like a comment, so two people
 * adding links to one note at once both keep theirs, and a note brought back by undo finds its
 * links again.
 */
export interface Link {
  id: string
  targetKind: LinkTarget
  targetId: string
  /** An http(s) address (see parseLinkUrl). */
  url: string
  /** '' when none was given: the link shows its host. */
  title: string
  author: string
  createdAt: number
}

export const LinkKeys = {
  id: 'id',
  targetKind: 'targetKind',
  targetId: 'targetId',
  url: 'url',
  title: 'title',
  author: 'author',
  createdAt: 'createdAt',
} as const

/**
 * Reads a link as stored, or null when its address is not a web address: a foreign or tampering
 * client could store a `javascript:` URL, and the reader is what the UI and the exports trust.
 */
export function readLink(id: string, map: Y.Map<unknown>): Link | null {
  const url = parseLinkUrl(readString(map, LinkKeys.url))
  if (!url) return null
  return {
    id,
    targetKind: readOneOf(map, LinkKeys.targetKind, LINK_TARGETS, 'note'),
    targetId: readString(map, LinkKeys.targetId),
    url: url.href,
    title: readString(map, LinkKeys.title),
    author: readString(map, LinkKeys.author),
    createdAt: readNumber(map, LinkKeys.createdAt, 0),
  }
}

export function createLinkEntity(fields: Link): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) map.set(key, value)
  return map
}

/** The links of one note or stage, in display order. @public */
export function linksOn(links: readonly Link[], kind: LinkTarget, targetId: string): Link[] {
  return links.filter((link) => link.targetKind === kind && link.targetId === targetId).sort(compareCreated)
}

/** Every readable link of the board, oldest first. */
export function readLinks(doc: Y.Doc): Link[] {
  return entriesOf(linksOf(doc))
    .flatMap(([id, map]) => readLink(id, map) ?? [])
    .sort(compareCreated)
}
