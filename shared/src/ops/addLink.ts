import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_LINK_URL_LENGTH, MAX_LINKS_PER_TARGET, MAX_NAME_LENGTH } from '../limits.ts'
import { parseLinkUrl } from '../links/linkUrl.ts'
import { createLinkEntity, LINK_TARGETS, type LinkTarget, linksOn, readLinks } from '../schema/link.ts'
import { linksOf } from '../schema/root.ts'
import { OpError } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireTarget } from './requireTarget.ts'
import { requireOneOf, requireText } from './validate.ts'

export interface AddLinkArgs {
  targetKind: LinkTarget
  targetId: string
  /** An http(s) address; surrounding spaces are dropped. */
  url: string
  title?: string
  author: string
  now: number
}

/** Puts a web link on a note or stage; returns the link's id. */
export function addLink(doc: Y.Doc, args: AddLinkArgs, origin: TransactionOrigin): string {
  const targetKind = requireOneOf(args.targetKind, 'link target', LINK_TARGETS)
  requireTarget(doc, targetKind, args.targetId)
  const url = parseLinkUrl(requireText(args.url, 'link', MAX_LINK_URL_LENGTH))
  if (!url) throw new OpError('invalid', 'a link must be an http:// or https:// address')
  const title = requireText(args.title ?? '', 'link title', MAX_NAME_LENGTH).trim()
  if (linksOn(readLinks(doc), targetKind, args.targetId).length >= MAX_LINKS_PER_TARGET)
    throw new OpError('invalid', `a ${targetKind} has at most ${MAX_LINKS_PER_TARGET} links`)
  const id = newId()
  doc.transact(() => {
    linksOf(doc).set(
      id,
      createLinkEntity({
        id,
        targetKind,
        targetId: args.targetId,
        url: url.href,
        title,
        author: args.author,
        createdAt: args.now,
      }),
    )
  }, origin)
  return id
}
