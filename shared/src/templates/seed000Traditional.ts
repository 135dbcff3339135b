import type { BoardTemplate } from './types.ts'

/** Seed 000 (B2B 客户旅程地图, simplified Chinese): the traditional B2B journey map and its four stages. */
export const seed000Traditional: BoardTemplate = {
  id: 'seed000-traditional',
  source: 'seed 000',
  name: {
    'zh-CN': '传统 B2B 客户旅程',
    'zh-TW': '傳統 B2B 客戶旅程',
    en: 'Traditional B2B customer journey',
  },
  description: {
    'zh-CN': '涵盖 B2B 客户体验的传统阶段，以及旅程阶段内的所有客户接触点。',
    'zh-TW': '涵蓋 B2B 客戶體驗的傳統階段，以及旅程階段內的所有客戶接觸點。',
    en: 'The traditional stages of the B2B customer experience and every customer touchpoint within them.',
  },
  mapType: 'currentState',
  stages: [
    {
      key: 'awareness',
      name: { 'zh-CN': '认知', 'zh-TW': '認知', en: 'Awareness' },
      goal: {
        'zh-CN': '使用各种方法让潜在客户了解您是谁、您做什么以及他们能如何受益。',
        'zh-TW': '使用各種方法讓潛在客戶瞭解您是誰、您做什麼以及他們能如何受益。',
        en: 'Use various methods so prospects learn who you are, what you do and how they can benefit.',
      },
      prompts: [
        {
          'zh-CN': '哪些买家最有可能对这个阶段的接触点做出反应？',
          'zh-TW': '哪些買家最有可能對這個階段的接觸點做出反應？',
          en: 'Which buyers are most likely to respond to the touchpoints of this stage?',
        },
      ],
      measuresFrom: 'attract',
      deliverablesFrom: 'discover',
    },
    {
      key: 'decision',
      name: { 'zh-CN': '决策', 'zh-TW': '決策', en: 'Decision' },
      goal: {
        'zh-CN': '提供优惠券、免费咨询或报价、演示或与销售代表合作等服务，帮助客户决定您是否适合他们的业务。',
        'zh-TW': '提供優惠券、免費諮詢或報價、演示或與銷售代表合作等服務，幫助客戶決定您是否適合他們的業務。',
        en: 'Offer services such as coupons, a free consultation or quote, a demo or work with a sales rep, so customers can decide whether you fit their business.',
      },
      customerQuestion: {
        'zh-CN': '这家供应商适合我们的业务吗？',
        'zh-TW': '這家供應商適合我們的業務嗎？',
        en: 'Is this supplier right for our business?',
      },
      prompts: [
        {
          'zh-CN': '优惠券、免费咨询或报价、演示、与销售代表合作：哪些服务帮助客户做出决定？',
          'zh-TW': '優惠券、免費諮詢或報價、演示、與銷售代表合作：哪些服務幫助客戶做出決定？',
          en: 'Coupons, free consultations or quotes, demos, working with a sales rep: which of these help customers decide?',
        },
      ],
      measuresFrom: 'convert',
      deliverablesFrom: 'decide',
    },
    {
      key: 'deliveryFeedback',
      name: { 'zh-CN': '服务交付和反馈', 'zh-TW': '服務交付和反饋', en: 'Service delivery and feedback' },
      goal: {
        'zh-CN': '客户收到了承诺的服务。',
        'zh-TW': '客戶收到了承諾的服務。',
        en: 'The customer receives the promised service.',
      },
      prompts: [
        {
          'zh-CN': '您是否满足了客户的期望？',
          'zh-TW': '您是否滿足了客戶的期望？',
          en: "Did you meet the customer's expectations?",
        },
        {
          'zh-CN': '如果客户没有主动提供反馈，请要求他们提供反馈。',
          'zh-TW': '如果客戶沒有主動提供反饋，請要求他們提供反饋。',
          en: 'If customers do not give feedback on their own, ask them for it.',
        },
      ],
      deliverablesFrom: 'integrate',
    },
    {
      key: 'relationship',
      name: { 'zh-CN': '关系维护', 'zh-TW': '關係維護', en: 'Relationship maintenance' },
      goal: {
        'zh-CN': '加强和维护与客户的关系。',
        'zh-TW': '加強和維護與客戶的關係。',
        en: 'Strengthen and maintain the relationship with the customer.',
      },
      prompts: [
        {
          'zh-CN': '满意的客户如何成为品牌大使，吸引志同道合的客户？',
          'zh-TW': '滿意的客戶如何成為品牌大使，吸引志同道合的客戶？',
          en: 'How do satisfied customers become brand ambassadors who attract like-minded customers?',
        },
      ],
      measuresFrom: 'expand',
      deliverablesFrom: 'advocate',
    },
  ],
}
