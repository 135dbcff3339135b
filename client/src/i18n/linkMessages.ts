import type { Dictionary } from '@jm/shared'

/** Texts of links on notes and stages. */
export interface LinkMessages {
  links: string
  url: string
  title: string
  add: string
  remove: (label: string) => string
  notWebAddress: string
  /** The tooltip of a link: its address, and that it opens elsewhere. */
  opensInNewTab: (url: string) => string
}

const en: LinkMessages = {
  links: 'Links',
  url: 'https://…',
  title: 'Title (optional)',
  add: 'Add link',
  remove: (label) => `Remove link ${label}`,
  notWebAddress: 'Only http:// or https:// addresses can be links.',
  opensInNewTab: (url) => `${url} (opens in a new tab)`,
}

const zhCN: LinkMessages = {
  links: '链接',
  url: 'https://…',
  title: '标题（可选）',
  add: '添加链接',
  remove: (label) => `删除链接 ${label}`,
  notWebAddress: '只有 http:// 或 https:// 地址才能作为链接。',
  opensInNewTab: (url) => `${url}（在新标签页中打开）`,
}

const zhTW: LinkMessages = {
  links: '連結',
  url: 'https://…',
  title: '標題（選填）',
  add: '新增連結',
  remove: (label) => `移除連結 ${label}`,
  notWebAddress: '只有 http:// 或 https:// 網址才能作為連結。',
  opensInNewTab: (url) => `${url}（在新分頁中開啟）`,
}

export const LINK_MESSAGES: Dictionary<LinkMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }
