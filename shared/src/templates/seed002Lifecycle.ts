import type { BoardTemplate } from './types.ts'

/** Seed 002: the B2B lifecycle 吸引 · 捕获 · 培育 · 转化 · 扩展. */
export const seed002Lifecycle: BoardTemplate = {
  id: 'seed002-lifecycle',
  source: 'seed 002',
  name: { 'zh-CN': 'B2B 客户生命周期', 'zh-TW': 'B2B 客戶生命週期', en: 'B2B customer lifecycle' },
  stages: [
    { key: 'attract', name: { 'zh-CN': '吸引', 'zh-TW': '吸引', en: 'Attract' } },
    { key: 'capture', name: { 'zh-CN': '捕获', 'zh-TW': '捕獲', en: 'Capture' } },
    { key: 'nurture', name: { 'zh-CN': '培育', 'zh-TW': '培育', en: 'Nurture' } },
    { key: 'convert', name: { 'zh-CN': '转化', 'zh-TW': '轉化', en: 'Convert' } },
    { key: 'expand', name: { 'zh-CN': '扩展', 'zh-TW': '擴展', en: 'Expand' } },
  ],
  lanes: ['touchpoints', 'actions', 'thoughts', 'feelings', 'painPoints', 'opportunities', 'owners', 'kpis'],
}
