import type { BoardTemplate } from './types.ts'

/**
 * Seed 004 (客户旅程, simplified Chinese): the eight-stage journey of buying a B2B product or
 * SaaS service. Goals are the customer's side of each stage, prompts "what we do" there, exit
 * criteria come from the ABC tool ("what counts as having moved the customer to the next
 * stage"), owners and handoffs from the introduction's chain marketing → sales → customer success.
 */
export const seed004Buying: BoardTemplate = {
  id: 'seed004-buying',
  source: 'seed 004',
  name: { 'zh-CN': 'B2B SaaS 采购旅程', 'zh-TW': 'B2B SaaS 採購旅程', en: 'B2B SaaS buying journey' },
  description: {
    'zh-CN':
      '前 2 个阶段是发现问题、看到收益；3–5 阶段寻找解决方案、降低风险；后 3 个阶段验证收益，证明采购是正确的。',
    'zh-TW':
      '前 2 個階段是發現問題、看到收益；3–5 階段尋找解決方案、降低風險；後 3 個階段驗證收益，證明採購是正確的。',
    en: 'Stages 1–2 find the problem and see the benefit; stages 3–5 look for a solution and lower the risk; the last 3 verify the benefit and prove the purchase was right.',
  },
  mapType: 'currentState',
  stages: [
    {
      key: 'discover',
      name: { 'zh-CN': '发觉', 'zh-TW': '發覺', en: 'Discover' },
      goal: {
        'zh-CN': '客户开始发觉“不适”的存在，并把在时机成熟时解决这个“不适”作为一项任务排进日程。',
        'zh-TW': '客戶開始發覺“不適”的存在，並把在時機成熟時解決這個“不適”作為一項任務排進日程。',
        en: 'The customer starts to notice a "discomfort" and puts solving it, when the time is right, on the agenda.',
      },
      exitCriteria: {
        'zh-CN': '解决这个“不适”已放进客户的待办任务中。',
        'zh-TW': '解決這個“不適”已放進客戶的待辦任務中。',
        en: "Solving the discomfort is on the customer's to-do list.",
      },
      ownerDepartment: { 'zh-CN': '营销', 'zh-TW': '營銷', en: 'Marketing' },
      prompts: [
        {
          'zh-CN': '客户是自己发现“不适”，还是通过行业论坛、专家文章或厂商介绍才意识到？',
          'zh-TW': '客戶是自己發現“不適”，還是通過行業論壇、專家文章或廠商介紹才意識到？',
          en: 'Does the customer find the discomfort themselves, or only through an industry forum, an expert article or a vendor presentation?',
        },
        {
          'zh-CN': '如何通过专家文章、洞察和案例、线上线下会议，让不知道自己有“不适”的潜在客户产生共鸣？',
          'zh-TW': '如何通過專家文章、洞察和案例、線上線下會議，讓不知道自己有“不適”的潛在客戶產生共鳴？',
          en: 'How do expert articles, insights and cases, and online and offline events make prospects who do not know their discomfort recognise it?',
        },
      ],
      measuresFrom: 'attract',
      deliverablesFrom: 'discover',
    },
    {
      key: 'research',
      name: { 'zh-CN': '研究', 'zh-TW': '研究', en: 'Research' },
      goal: {
        'zh-CN': '待办部门研究“不适”的原因，开始寻找解决方案。',
        'zh-TW': '待辦部門研究“不適”的原因，開始尋找解決方案。',
        en: 'The department in charge studies the cause of the discomfort and starts looking for solutions.',
      },
      customerQuestion: {
        'zh-CN': '“好的解决方案”的标准是什么？各项标准如何排序？',
        'zh-TW': '“好的解決方案”的標準是什麼？各項標準如何排序？',
        en: 'What makes a "good solution", and how do the criteria rank?',
      },
      exitCriteria: {
        'zh-CN': '客户认可我们的方案，把我们纳入供应商名单。',
        'zh-TW': '客戶認可我們的方案，把我們納入供應商名單。',
        en: 'The customer accepts our approach and puts us on the supplier list.',
      },
      ownerDepartment: { 'zh-CN': '营销', 'zh-TW': '營銷', en: 'Marketing' },
      handoff: {
        'zh-CN': '营销把合格的线索交给销售：双方先就线索质量的标准达成一致。',
        'zh-TW': '營銷把合格的線索交給銷售：雙方先就線索質量的標準達成一致。',
        en: 'Marketing hands qualified leads to sales, after both agree what a good-quality lead is.',
      },
      prompts: [
        {
          'zh-CN': '如何通过专业的内容或活动，帮助客户看到隐藏的洞察，消除客户的疑虑？',
          'zh-TW': '如何通過專業的內容或活動，幫助客戶看到隱藏的洞察，消除客戶的疑慮？',
          en: 'Which expert content or events help the customer see hidden insights and remove their doubts?',
        },
      ],
      measuresFrom: 'capture',
      deliverablesFrom: 'research',
    },
    {
      key: 'compare',
      name: { 'zh-CN': '比较', 'zh-TW': '比較', en: 'Compare' },
      goal: {
        'zh-CN': '客户按企业的采购标准评估和比较入围的供应商，并不断调整这份清单。',
        'zh-TW': '客戶按企業的採購標準評估和比較入圍的供應商，並不斷調整這份清單。',
        en: "The customer evaluates and compares the shortlisted suppliers against the company's purchasing criteria, and keeps adjusting the list.",
      },
      customerQuestion: {
        'zh-CN': '哪家供应商的“综合得分”最高？',
        'zh-TW': '哪家供應商的“綜合得分”最高？',
        en: 'Which supplier has the highest overall score?',
      },
      exitCriteria: {
        'zh-CN': '我们成为采购的首选，或至少是入围厂商。',
        'zh-TW': '我們成為採購的首選，或至少是入圍廠商。',
        en: 'We are the preferred choice, or at least on the shortlist.',
      },
      ownerDepartment: { 'zh-CN': '销售', 'zh-TW': '銷售', en: 'Sales' },
      prompts: [
        {
          'zh-CN': '客户更在意价格、安全性，还是供应商的服务水平？',
          'zh-TW': '客戶更在意價格、安全性，還是供應商的服務水平？',
          en: "Does the customer care most about price, security, or the supplier's level of service?",
        },
        {
          'zh-CN': '若不能入围，如何找出“不适”的地方，让客户重新进入研究阶段？',
          'zh-TW': '若不能入圍，如何找出“不適”的地方，讓客戶重新進入研究階段？',
          en: 'If we are not shortlisted, where is the discomfort that takes the customer back to the research stage?',
        },
      ],
      measuresFrom: 'nurture',
      deliverablesFrom: 'compare',
    },
    {
      key: 'decide',
      name: { 'zh-CN': '决策', 'zh-TW': '決策', en: 'Decide' },
      goal: {
        'zh-CN':
          '多方确认问题是否真实存在、方案能否真正解决问题，确定投入产出比和风险评估，选择合适的供应商。',
        'zh-TW':
          '多方確認問題是否真實存在、方案能否真正解決問題，確定投入產出比和風險評估，選擇合適的供應商。',
        en: 'Several parties confirm the problem is real and the solution really solves it, settle return on investment and risk, and choose a supplier.',
      },
      customerQuestion: {
        'zh-CN': '问题是否真实存在？方案能否真正解决已知问题？',
        'zh-TW': '問題是否真實存在？方案能否真正解決已知問題？',
        en: 'Is the problem real? Does the solution really solve it?',
      },
      exitCriteria: {
        'zh-CN': '项目价值明确、实施计划清晰、风险可控，取得各部门的信任。',
        'zh-TW': '項目價值明確、實施計劃清晰、風險可控，取得各部門的信任。',
        en: 'The project value is clear, the implementation plan is clear and the risk is under control: every department trusts us.',
      },
      ownerDepartment: { 'zh-CN': '销售', 'zh-TW': '銷售', en: 'Sales' },
      prompts: [
        {
          'zh-CN': '内外各种角色轮番上场：各个部门有哪些疑虑？',
          'zh-TW': '內外各種角色輪番上場：各個部門有哪些疑慮？',
          en: 'Many roles inside and outside take their turn: what doubts does each department have?',
        },
        {
          'zh-CN': '客户是否有一套完整的采购决策流程，需要按流程投标？',
          'zh-TW': '客戶是否有一套完整的採購決策流程，需要按流程投標？',
          en: 'Does the customer have a formal purchasing process that requires a tender?',
        },
      ],
      measuresFrom: 'convert',
      deliverablesFrom: 'decide',
    },
    {
      key: 'sign',
      name: { 'zh-CN': '签约', 'zh-TW': '簽約', en: 'Sign' },
      goal: {
        'zh-CN': '根据客户的采购流程签约；客户对双方的业务流程、法务条款、财务规定都有明确的要求。',
        'zh-TW': '根據客戶的採購流程簽約；客戶對雙方的業務流程、法務條款、財務規定都有明確的要求。',
        en: "Sign following the customer's purchasing process, which sets clear requirements on business processes, legal terms and financial rules.",
      },
      exitCriteria: { 'zh-CN': '完成合同签约。', 'zh-TW': '完成合同簽約。', en: 'The contract is signed.' },
      ownerDepartment: { 'zh-CN': '销售', 'zh-TW': '銷售', en: 'Sales' },
      handoff: {
        'zh-CN': '销售把客户交给客户成功部门：确认方案能够实施交付，避免交付困难导致流失。',
        'zh-TW': '銷售把客戶交給客戶成功部門：確認方案能夠實施交付，避免交付困難導致流失。',
        en: 'Sales hands the customer to customer success, having checked the solution can be delivered, so a hard delivery does not lose the customer.',
      },
      prompts: [
        {
          'zh-CN': '如何与客户保持利益一致，在合同谈判中达成对项目价值的认同？',
          'zh-TW': '如何與客戶保持利益一致，在合同談判中達成對項目價值的認同？',
          en: "How do we keep our interests aligned with the customer's and agree on the project's value in the negotiation?",
        },
      ],
      measuresFrom: 'convert',
      deliverablesFrom: 'sign',
    },
    {
      key: 'integrate',
      name: { 'zh-CN': '融合', 'zh-TW': '融合', en: 'Integrate' },
      goal: {
        'zh-CN': '实施阶段：协助真正的“使用者”把解决方案应用到日常工作中，“不适”开始有望消失。',
        'zh-TW': '實施階段：協助真正的“使用者”把解決方案應用到日常工作中，“不適”開始有望消失。',
        en: 'Implementation: help the real users apply the solution in their daily work, so the discomfort starts to go away.',
      },
      exitCriteria: {
        'zh-CN': '按照产品完成实施配置，按计划达成目标。',
        'zh-TW': '按照產品完成實施配置，按計劃達成目標。',
        en: 'The product is configured and the goals are met as planned.',
      },
      ownerDepartment: { 'zh-CN': '客户成功', 'zh-TW': '客戶成功', en: 'Customer success' },
      prompts: [
        {
          'zh-CN': '真正的使用者在使用中有哪些“不适”？',
          'zh-TW': '真正的使用者在使用中有哪些“不適”？',
          en: 'What discomfort do the real users feel when using it?',
        },
      ],
      deliverablesFrom: 'integrate',
    },
    {
      key: 'verify',
      name: { 'zh-CN': '验证', 'zh-TW': '驗證', en: 'Verify' },
      goal: {
        'zh-CN': '上线后快速让客户了解到“不适”消失了，解决方案有效，投入是值得的。',
        'zh-TW': '上線後快速讓客戶瞭解到“不適”消失了，解決方案有效，投入是值得的。',
        en: 'After go-live, quickly show the customer that the discomfort is gone, the solution works and the investment was worth it.',
      },
      customerQuestion: {
        'zh-CN': '“不适”消失了吗？我们的投入值得吗？',
        'zh-TW': '“不適”消失了嗎？我們的投入值得嗎？',
        en: 'Is the discomfort gone? Was our investment worth it?',
      },
      exitCriteria: {
        'zh-CN': '客户觉得选择是没有错的。',
        'zh-TW': '客戶覺得選擇是沒有錯的。',
        en: 'The customer feels the choice was right.',
      },
      ownerDepartment: { 'zh-CN': '客户成功', 'zh-TW': '客戶成功', en: 'Customer success' },
      prompts: [
        {
          'zh-CN': '产品为客户创造了哪些价值：业务效率提升了多少、节省了多少人力？',
          'zh-TW': '產品為客戶創造了哪些價值：業務效率提升了多少、節省了多少人力？',
          en: 'What value did the product create: how much more efficient is the business, how much work was saved?',
        },
      ],
      deliverablesFrom: 'verify',
    },
    {
      key: 'advocate',
      name: { 'zh-CN': '推广', 'zh-TW': '推廣', en: 'Advocate' },
      goal: {
        'zh-CN': '客户真正用起产品，基于信任和共同的洞察，共同发现解决更多业务挑战的机会。',
        'zh-TW': '客戶真正用起產品，基於信任和共同的洞察，共同發現解決更多業務挑戰的機會。',
        en: 'The customer really uses the product; on shared trust and insight, together we find chances to solve more business challenges.',
      },
      exitCriteria: {
        'zh-CN': '客户为我们代言、推荐我们的产品，或形成新的“不适”和新的合作机会。',
        'zh-TW': '客戶為我們代言、推薦我們的產品，或形成新的“不適”和新的合作機會。',
        en: 'The customer speaks for us and recommends our product, or a new discomfort opens a new opportunity.',
      },
      ownerDepartment: { 'zh-CN': '客户成功', 'zh-TW': '客戶成功', en: 'Customer success' },
      handoff: {
        'zh-CN': '客户成功把客户需求交给产品经理，纳入版本规划，避免流失。',
        'zh-TW': '客戶成功把客戶需求交給產品經理，納入版本規劃，避免流失。',
        en: "Customer success passes the customer's needs to product management for the release plan, so the customer is not lost.",
      },
      prompts: [
        {
          'zh-CN': '能否包装客户的成功案例，让客户为我们代言？',
          'zh-TW': '能否包裝客戶的成功案例，讓客戶為我們代言？',
          en: "Can we turn the customer's success into a case study and have them speak for us?",
        },
      ],
      measuresFrom: 'expand',
      deliverablesFrom: 'advocate',
    },
  ],
}
