import type { Localized, Seed004StageKey } from './types.ts'

/**
 * Seed 004 (「客户旅程」, simplified Chinese, the eight-stage B2B SaaS buying journey): the
 * documents and materials "we" produce at each stage ("我们要做的是…"), and the material library
 * of its ABC / SOP section. Templates offer them as stage deliverables.
 */
export const SEED004_DELIVERABLES: Record<Seed004StageKey, Localized[]> = {
  discover: [
    { 'zh-CN': '专家文章', 'zh-TW': '專家文章', en: 'Expert articles' },
    { 'zh-CN': '洞察和案例', 'zh-TW': '洞察和案例', en: 'Insights and case studies' },
    { 'zh-CN': '线上线下会议', 'zh-TW': '線上線下會議', en: 'Online and offline events' },
  ],
  research: [
    {
      'zh-CN': '《立项/可行性报告》',
      'zh-TW': '《立項/可行性報告》',
      en: 'Project proposal / feasibility report',
    },
    { 'zh-CN': '客户研讨会、沙龙', 'zh-TW': '客戶研討會、沙龍', en: 'Customer seminars and salons' },
    { 'zh-CN': '客户调研报告', 'zh-TW': '客戶調研報告', en: 'Customer research report' },
  ],
  compare: [
    {
      'zh-CN': '成功的样板客户案例（相同待办任务、相同行业、差不多规模）',
      'zh-TW': '成功的樣板客戶案例（相同待辦任務、相同行業、差不多規模）',
      en: 'Reference customer cases (same job to be done, same industry, similar size)',
    },
    {
      'zh-CN': '《采购报告》：采购目标、采购评估标准、供应商能力要求、样板客户要求',
      'zh-TW': '《採購報告》：採購目標、採購評估標準、供應商能力要求、樣板客戶要求',
      en: 'Procurement report: goals, evaluation criteria, supplier capability and reference-customer requirements',
    },
  ],
  decide: [
    { 'zh-CN': '《项目实施计划书》', 'zh-TW': '《項目實施計劃書》', en: 'Project implementation proposal' },
    { 'zh-CN': '成功项目案例', 'zh-TW': '成功項目案例', en: 'Successful project cases' },
  ],
  sign: [
    { 'zh-CN': '合同模板', 'zh-TW': '合同模板', en: 'Contract template' },
    { 'zh-CN': '模板条款问答', 'zh-TW': '模板條款問答', en: 'Q&A on the standard clauses' },
    { 'zh-CN': '特殊条款支持', 'zh-TW': '特殊條款支持', en: 'Support for special clauses' },
  ],
  integrate: [
    { 'zh-CN': '《项目实施计划》', 'zh-TW': '《項目實施計劃》', en: 'Project implementation plan' },
    { 'zh-CN': '《业务目标清单》', 'zh-TW': '《業務目標清單》', en: 'Business goal list' },
    { 'zh-CN': '《项目风险问答》', 'zh-TW': '《項目風險問答》', en: 'Project risk Q&A' },
    { 'zh-CN': '《用户手册》', 'zh-TW': '《用戶手冊》', en: 'User manual' },
    { 'zh-CN': '《培训计划》', 'zh-TW': '《培訓計劃》', en: 'Training plan' },
  ],
  verify: [
    {
      'zh-CN': '《验收报告》：写明产品为客户创造了哪些价值',
      'zh-TW': '《驗收報告》：寫明產品為客戶創造了哪些價值',
      en: 'Acceptance report stating the value the product created for the customer',
    },
    { 'zh-CN': '《成果展示报告》', 'zh-TW': '《成果展示報告》', en: 'Results report' },
    { 'zh-CN': '学习证书', 'zh-TW': '學習證書', en: 'Learning certificates' },
    { 'zh-CN': '标杆客户案例', 'zh-TW': '標杆客戶案例', en: 'Flagship customer case' },
  ],
  advocate: [
    { 'zh-CN': '客户成功案例', 'zh-TW': '客戶成功案例', en: 'Customer success story' },
    { 'zh-CN': '未来业务展望', 'zh-TW': '未來業務展望', en: 'Outlook on future business goals' },
  ],
}
