import type { Localized, Seed002StageKey } from './types.ts'

/**
 * Seed 002 (「不要讓潛在客戶迷路：創建客戶旅程圖」, traditional Chinese): the questions to ask at
 * each lifecycle stage, which templates offer as KPI suggestions. zh-TW is the article's text.
 */
export const SEED002_MEASURES: Record<Seed002StageKey, Localized[]> = {
  attract: [
    { 'zh-CN': '使用了哪些渠道？', 'zh-TW': '使用了哪些渠道？', en: 'Which channels are used?' },
    { 'zh-CN': '正在消费甚么内容？', 'zh-TW': '正在消費甚麼內容？', en: 'What content is being consumed?' },
    {
      'zh-CN': '有多少人消费了内容？',
      'zh-TW': '有多少人消費了內容？',
      en: 'How many people consumed the content?',
    },
    {
      'zh-CN': '内容消费者多久分享一次内容？',
      'zh-TW': '內容消費者多久分享一次內容？',
      en: 'How often do content consumers share it?',
    },
  ],
  capture: [
    {
      'zh-CN': '有多少内容消费者成为知名访客？',
      'zh-TW': '有多少內容消費者成為知名訪客？',
      en: 'How many content consumers become known visitors?',
    },
    {
      'zh-CN': '什么号召性用语最有效？与哪些观众？',
      'zh-TW': '什麼號召性用語最有效？與哪些觀眾？',
      en: 'Which calls to action work best, and with which audiences?',
    },
    { 'zh-CN': '哪些渠道最有效？', 'zh-TW': '哪些渠道最有效？', en: 'Which channels work best?' },
  ],
  nurture: [
    {
      'zh-CN': '产生了多少营销合格的线索？',
      'zh-TW': '產生了多少營銷合格的線索？',
      en: 'How many marketing-qualified leads were generated?',
    },
    {
      'zh-CN': '哪些自动化程序最有效？',
      'zh-TW': '哪些自動化程序最有效？',
      en: 'Which automated programmes work best?',
    },
    {
      'zh-CN': '是什么推动了领先分数？',
      'zh-TW': '是什麼推動了領先分數？',
      en: 'What drives the lead score?',
    },
  ],
  convert: [
    {
      'zh-CN': '产生了多少销售合格线索？',
      'zh-TW': '產生了多少銷售合格線索？',
      en: 'How many sales-qualified leads were generated?',
    },
    {
      'zh-CN': '哪些活动在关闭机会方面最有效？',
      'zh-TW': '哪些活動在關閉機會方面最有效？',
      en: 'Which activities are most effective at closing opportunities?',
    },
    {
      'zh-CN': '内容消费者多久变成客户一次？',
      'zh-TW': '內容消費者多久變成客戶一次？',
      en: 'How often do content consumers become customers?',
    },
  ],
  expand: [
    {
      'zh-CN': '产生了多少转售、追加销售和交叉销售？',
      'zh-TW': '產生了多少轉售、追加銷售和交叉銷售？',
      en: 'How many resells, upsells and cross-sells were generated?',
    },
    {
      'zh-CN': '哪些客户营销活动和计划最有效？',
      'zh-TW': '哪些客戶營銷活動和計劃最有效？',
      en: 'Which customer marketing campaigns and programmes work best?',
    },
    {
      'zh-CN': '客户多久变成回头客？',
      'zh-TW': '客戶多久變成回頭客？',
      en: 'How often do customers come back to buy again?',
    },
    {
      'zh-CN': '哪些忠诚度计划正在推动最好的结果？',
      'zh-TW': '哪些忠誠度計劃正在推動最好的結果？',
      en: 'Which loyalty programmes are driving the best results?',
    },
    {
      'zh-CN': '有多少收入来自现有客户？',
      'zh-TW': '有多少收入來自現有客戶？',
      en: 'How much revenue comes from existing customers?',
    },
  ],
}
