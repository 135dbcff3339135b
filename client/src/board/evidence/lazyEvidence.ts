import { lazy } from 'solid-js'

const chunk = () => import('./evidenceChunk.ts')
export const AttachmentList = lazy(() => chunk().then((m) => ({ default: m.AttachmentList })))
export const AttachmentView = lazy(() => chunk().then((m) => ({ default: m.AttachmentView })))
export const LinkList = lazy(() => chunk().then((m) => ({ default: m.LinkList })))
