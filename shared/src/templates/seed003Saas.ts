import type { BoardTemplate, Localized, StageTemplate } from './types.ts'

/**
 * Seed 003 (了解 B2B 客户旅程与 B2C 的区别, simplified Chinese): the typical SaaS journey from
 * awareness to referral, and the four questions its journey map answers at every stage.
 */
const FOUR_QUESTIONS: Localized[] = [
  {
    'zh-CN': '在这个过程中，客户在想什么、感觉什么或在做什么？',
    'zh-TW': '在這個過程中，客戶在想什麼、感覺什麼或在做什麼？',
    en: 'What is the customer thinking, feeling or doing at this point?',
  },
  {
    'zh-CN': '我们应该做些什么来优化他们的体验？',
    'zh-TW': '我們應該做些什麼來優化他們的體驗？',
    en: 'What should we do to optimise their experience?',
  },
  {
    'zh-CN': '在他们的旅程中，哪些障碍可能会阻碍客户体验？',
    'zh-TW': '在他們的旅程中，哪些障礙可能會阻礙客戶體驗？',
    en: 'Which obstacles on their journey might get in the way of the customer experience?',
  },
  {
    'zh-CN': '我们可以做些什么来消除这些障碍？',
    'zh-TW': '我們可以做些什麼來消除這些障礙？',
    en: 'What can we do to remove those obstacles?',
  },
]

/** A stage with the four questions first, then the article's advice for that stage. */
function stage(fields: Omit<StageTemplate, 'prompts'> & { advice?: Localized[] }): StageTemplate {
  const { advice, ...rest } = fields
  return { ...rest, prompts: [...FOUR_QUESTIONS, ...(advice ?? [])] }
}

export const seed003Saas: BoardTemplate = {
  id: 'seed003-saas',
  source: 'seed 003',
  name: { 'zh-CN': 'SaaS 客户旅程', 'zh-TW': 'SaaS 客戶旅程', en: 'SaaS customer journey' },
  description: {
    'zh-CN': '从潜在客户获取到订阅续订、追加销售和推荐的所有阶段。',
    'zh-TW': '從潛在客戶獲取到訂閱續訂、追加銷售和推薦的所有階段。',
    en: 'Every stage from lead acquisition to subscription renewal, upsell and referral.',
  },
  mapType: 'circular',
  stages: [
    stage({
      key: 'awareness',
      name: { 'zh-CN': '意识', 'zh-TW': '意識', en: 'Awareness' },
      goal: {
        'zh-CN': '通过营销努力，潜在客户了解品牌及其价值主张。',
        'zh-TW': '通過營銷努力，潛在客戶瞭解品牌及其價值主張。',
        en: 'Through marketing, prospects learn about the brand and its value proposition.',
      },
      measuresFrom: 'attract',
      deliverablesFrom: 'discover',
    }),
    stage({
      key: 'engagement',
      name: { 'zh-CN': '参与', 'zh-TW': '參與', en: 'Engagement' },
      goal: {
        'zh-CN': '潜在客户与品牌网站互动并成为免费增值用户。',
        'zh-TW': '潛在客戶與品牌網站互動併成為免費增值用戶。',
        en: "Prospects interact with the brand's website and become freemium users.",
      },
      measuresFrom: 'capture',
      deliverablesFrom: 'research',
    }),
    stage({
      key: 'conversion',
      name: { 'zh-CN': '转化', 'zh-TW': '轉化', en: 'Conversion' },
      goal: {
        'zh-CN': '免费增值用户转化为付费客户。',
        'zh-TW': '免費增值用戶轉化為付費客戶。',
        en: 'Freemium users become paying customers.',
      },
      advice: [
        {
          'zh-CN': 'B2B 的决策权可能涉及几个人或一个正式的采购过程：谁参与了决策？',
          'zh-TW': 'B2B 的決策權可能涉及幾個人或一個正式的採購過程：誰參與了決策？',
          en: 'In B2B the decision may involve several people or a formal procurement process: who takes part in it?',
        },
      ],
      measuresFrom: 'convert',
      deliverablesFrom: 'sign',
    }),
    stage({
      key: 'onboarding',
      name: { 'zh-CN': '入职', 'zh-TW': '入職', en: 'Onboarding' },
      goal: {
        'zh-CN': '客户完成设置过程，开始使用他们的购买并获得他们支付的价值。',
        'zh-TW': '客戶完成設置過程，開始使用他們的購買並獲得他們支付的價值。',
        en: 'Customers complete setup to start using their purchase and get the value they paid for.',
      },
      advice: [
        {
          'zh-CN': '使收购和入职尽可能无缝，以将您的品牌与任何潜在的替代产品区分开来。',
          'zh-TW': '使收購和入職儘可能無縫，以將您的品牌與任何潛在的替代產品區分開來。',
          en: 'Make acquisition and onboarding as seamless as possible, to set your brand apart from any alternative.',
        },
      ],
      deliverablesFrom: 'integrate',
    }),
    stage({
      key: 'adoption',
      name: { 'zh-CN': '采用', 'zh-TW': '採用', en: 'Adoption' },
      goal: {
        'zh-CN': '客户学习如何使用产品并将其集成到他们的工作流程中，从购买中获得实用价值。',
        'zh-TW': '客戶學習如何使用產品並將其集成到他們的工作流程中，從購買中獲得實用價值。',
        en: 'Customers learn to use the product and build it into their workflows, getting practical value from their purchase.',
      },
      advice: [
        {
          'zh-CN': 'B2B 摩擦点可能涉及与组织使用的其他应用程序集成或部门之间的工作流程等问题。',
          'zh-TW': 'B2B 摩擦點可能涉及與組織使用的其他應用程序集成或部門之間的工作流程等問題。',
          en: 'B2B friction may come from integrating with other applications the organisation uses, or from workflows between departments.',
        },
      ],
      deliverablesFrom: 'verify',
    }),
    stage({
      key: 'escalation',
      name: { 'zh-CN': '升级', 'zh-TW': '升級', en: 'Escalation' },
      goal: {
        'zh-CN': '客户寻求支持，以消除阻碍他们从购买中获得价值的障碍。',
        'zh-TW': '客戶尋求支持，以消除阻礙他們從購買中獲得價值的障礙。',
        en: 'Customers seek support to remove obstacles that keep them from getting value from their purchase.',
      },
      advice: [
        {
          'zh-CN': '为客户升级制定路径和计划，以消除不必要的挫折并更有效地满足客户的需求。',
          'zh-TW': '為客戶升級制定路徑和計劃，以消除不必要的挫折並更有效地滿足客戶的需求。',
          en: "Set out paths and plans for escalations, to remove needless frustration and meet the customer's needs more effectively.",
        },
      ],
    }),
    stage({
      key: 'renewal',
      name: { 'zh-CN': '续订', 'zh-TW': '續訂', en: 'Renewal' },
      goal: {
        'zh-CN': '客户根据他们对所获得价值的看法来决定是否续订。',
        'zh-TW': '客戶根據他們對所獲得價值的看法來決定是否續訂。',
        en: 'Customers decide whether to renew based on how they see the value they got.',
      },
      customerQuestion: {
        'zh-CN': '投资回报值得吗？',
        'zh-TW': '投資回報值得嗎？',
        en: 'Was the return on the investment worth it?',
      },
      advice: [
        {
          'zh-CN': '发送每月或每季度更新，让客户了解他们在核心 KPI 方面的表现。',
          'zh-TW': '發送每月或每季度更新，讓客戶瞭解他們在核心 KPI 方面的表現。',
          en: 'Send monthly or quarterly updates that tell customers how they are doing on their core KPIs.',
        },
      ],
      measuresFrom: 'expand',
      deliverablesFrom: 'verify',
    }),
    stage({
      key: 'growth',
      name: { 'zh-CN': '增长和扩张', 'zh-TW': '增長和擴張', en: 'Growth and expansion' },
      goal: {
        'zh-CN': '客户采用高级功能并进行额外购买，增加他们从您的品牌中获得的价值。',
        'zh-TW': '客戶採用高級功能並進行額外購買，增加他們從您的品牌中獲得的價值。',
        en: 'Customers adopt premium features and buy more, increasing the value they get from your brand.',
      },
      advice: [
        {
          'zh-CN': '持续培养现有客户并尽可能多地创新，让他们对您的产品感到兴奋，而不是货比三家。',
          'zh-TW': '持續培養現有客戶並儘可能多地創新，讓他們對您的產品感到興奮，而不是貨比三家。',
          en: 'Keep nurturing existing customers and innovating, so they are excited about your product instead of shopping around.',
        },
      ],
      measuresFrom: 'expand',
      deliverablesFrom: 'advocate',
    }),
    stage({
      key: 'referral',
      name: { 'zh-CN': '推荐', 'zh-TW': '推薦', en: 'Referral' },
      goal: {
        'zh-CN': '满意的客户成为您品牌的拥护者，与他人分享他们获得的价值，并将其他人带入客户旅程。',
        'zh-TW': '滿意的客戶成為您品牌的擁護者，與他人分享他們獲得的價值，並將其他人帶入客戶旅程。',
        en: 'Satisfied customers become advocates of your brand, share the value they got, and bring others into the customer journey.',
      },
      measuresFrom: 'expand',
      deliverablesFrom: 'advocate',
    }),
  ],
}
