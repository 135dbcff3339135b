import type * as Y from 'yjs'
import { readNumber, readString } from './read.ts'
import { metaOf } from './root.ts'

export const SUPPORTED_LOCALES = ['zh-CN', 'zh-TW', 'en'] as const
export type Locale = (typeof SUPPORTED_LOCALES)[number]

export interface BoardMeta {
  schemaVersion: number
  title: string
  locale: Locale
  templateId: string
  createdAt: number
}

export const BoardMetaKeys = {
  schemaVersion: 'schemaVersion',
  title: 'title',
  locale: 'locale',
  templateId: 'templateId',
  createdAt: 'createdAt',
} as const

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

export function readBoardMeta(doc: Y.Doc): BoardMeta {
  const meta = metaOf(doc)
  const locale = meta.get(BoardMetaKeys.locale)
  return {
    schemaVersion: readNumber(meta, BoardMetaKeys.schemaVersion, 0),
    title: readString(meta, BoardMetaKeys.title),
    locale: isLocale(locale) ? locale : 'en',
    templateId: readString(meta, BoardMetaKeys.templateId),
    createdAt: readNumber(meta, BoardMetaKeys.createdAt, 0),
  }
}

/** Writes a new board's meta fields (the `meta` map is a root type, so it is filled, not created). */
export function writeBoardMeta(meta: Y.Map<unknown>, fields: BoardMeta): void {
  for (const key of Object.values(BoardMetaKeys)) meta.set(key, fields[key])
}
