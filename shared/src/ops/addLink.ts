import type * as Y from 'yjs'
import { newId } from '../ids.ts'
import { MAX_LINK_URL_LENGTH, MAX_LINKS_PER_TARGET, MAX_NAME_LENGTH } from '../limits.ts'
import { parseLinkUrl } from '../links/linkUrl.ts'
import { createEvidenceEntity, type EvidenceTarget } from '../schema/evidence.ts'
import { readLinks } from '../schema/link.ts'
import { linksOf } from '../schema/root.ts'
import { requireEvidenceTarget } from './evidenceTarget.ts'
import { OpError } from './OpError.ts'
import type { TransactionOrigin } from './origin.ts'
import { requireText } from './validate.ts'

export interface AddLinkArgs {
  targetKind: EvidenceTarget
  targetId: string
  /** An http(s) address; surrounding spaces are dropped. */
  url: string
  title?: string
  author: string
  now: number
}

/** Puts a web link on a note or stage; returns the link's id. */
export function addLink(doc: Y.Doc, args: AddLinkArgs, origin: TransactionOrigin): string {
  const url = parseLinkUrl(requireText(args.url, 'link', MAX_LINK_URL_LENGTH))
  if (!url) throw new OpError('invalid', 'a link must be an http:// or https:// address')
  const title = requireText(args.title ?? '', 'link title', MAX_NAME_LENGTH).trim()
  const targetKind = requireEvidenceTarget(doc, args.targetKind, args.targetId, {
    name: 'link',
    existing: readLinks(doc),
    max: MAX_LINKS_PER_TARGET,
  })
  const id = newId()
  doc.transact(() => {
    linksOf(doc).set(
      id,
      createEvidenceEntity({
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
