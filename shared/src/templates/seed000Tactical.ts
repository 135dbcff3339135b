import type { BoardTemplate } from './types.ts'

/**
 * Seed 000 (B2B 客户旅程地图, simplified Chinese): the tactical B2B map, which zooms into the
 * micro-stages of a repeat purchase to improve one or two areas.
 */
export const seed000Tactical: BoardTemplate = {
  id: 'seed000-tactical',
  source: 'seed 000',
  name: {
    'zh-CN': '战术性 B2B 客户旅程（回购）',
    'zh-TW': '戰術性 B2B 客戶旅程（回購）',
    en: 'Tactical B2B customer journey (repeat purchase)',
  },
  description: {
    'zh-CN': '当只有一两个特定领域需要改进时使用：分析阶段内的微观状态，确保其中发生的一切都是客户接触点。',
    'zh-TW': '當只有一兩個特定領域需要改進時使用：分析階段內的微觀狀態，確保其中發生的一切都是客戶接觸點。',
    en: 'For when only one or two areas need improving: it analyses the micro-states within the stages, making sure everything in them is a customer touchpoint.',
  },
  mapType: 'tactical',
  stages: [
    {
      key: 'awareness',
      name: { 'zh-CN': '认知', 'zh-TW': '認知', en: 'Awareness' },
      goal: {
        'zh-CN': '额外购买的预售阶段：客户更加了解您为其业务提供的服务。',
        'zh-TW': '額外購買的預售階段：客戶更加了解您為其業務提供的服務。',
        en: 'The pre-sale stage of an additional purchase: customers learn more about the services you offer their business.',
      },
      prompts: [],
      measuresFrom: 'attract',
      deliverablesFrom: 'discover',
    },
    {
      key: 'informationSearch',
      name: { 'zh-CN': '信息搜索', 'zh-TW': '信息搜索', en: 'Information search' },
      goal: {
        'zh-CN': '客户寻求正确的信息来解决问题，并寻找多家可能满足其需求的企业。',
        'zh-TW': '客戶尋求正確的信息來解決問題，並尋找多家可能滿足其需求的企業。',
        en: 'Customers look for the right information to solve their problem, and for several businesses that might meet their needs.',
      },
      prompts: [
        {
          'zh-CN': '您如何改进向客户呈现这些信息的方式，以便他们选择您？',
          'zh-TW': '您如何改進向客戶呈現這些信息的方式，以便他們選擇您？',
          en: 'How can you improve the way you present this information so that customers choose you?',
        },
      ],
      measuresFrom: 'capture',
      deliverablesFrom: 'research',
    },
    {
      key: 'vendorShortlist',
      name: { 'zh-CN': '供应商候选名单', 'zh-TW': '供應商候選名單', en: 'Vendor shortlist' },
      goal: {
        'zh-CN': '客户创建一份能够满足其需求的供应商候选名单。',
        'zh-TW': '客戶創建一份能夠滿足其需求的供應商候選名單。',
        en: 'Customers draw up a shortlist of vendors that can meet their needs.',
      },
      prompts: [],
      deliverablesFrom: 'compare',
    },
    {
      key: 'pricing',
      name: { 'zh-CN': '定价', 'zh-TW': '定價', en: 'Pricing' },
      goal: {
        'zh-CN': '客户了解所需服务的成本，也可能寻求谈判。',
        'zh-TW': '客戶瞭解所需服務的成本，也可能尋求談判。',
        en: 'Customers learn what the services they need cost, and may negotiate.',
      },
      exitCriteria: {
        'zh-CN': '度过这个阶段，售前阶段就完成了，进入回购阶段。',
        'zh-TW': '度過這個階段，售前階段就完成了，進入回購階段。',
        en: 'Once past this stage the pre-sale is complete and the repeat purchase begins.',
      },
      prompts: [],
      measuresFrom: 'convert',
      deliverablesFrom: 'decide',
    },
    {
      key: 'ordering',
      name: { 'zh-CN': '订购', 'zh-TW': '訂購', en: 'Ordering' },
      goal: {
        'zh-CN': '客户订购所需的服务：这是再购买阶段的第一部分。',
        'zh-TW': '客戶訂購所需的服務：這是再購買階段的第一部分。',
        en: 'Customers order the services they need: the first part of the repeat purchase.',
      },
      prompts: [],
      measuresFrom: 'convert',
      deliverablesFrom: 'sign',
    },
    {
      key: 'delivery',
      name: { 'zh-CN': '交付', 'zh-TW': '交付', en: 'Delivery' },
      goal: {
        'zh-CN': '客户收到他们的新服务。',
        'zh-TW': '客戶收到他們的新服務。',
        en: 'Customers receive their new service.',
      },
      prompts: [],
      deliverablesFrom: 'integrate',
    },
    {
      key: 'salesRepSupport',
      name: { 'zh-CN': '销售代表支持', 'zh-TW': '銷售代表支持', en: 'Sales-rep support' },
      goal: {
        'zh-CN': '客户获得销售团队的支持：这是建立关系、培养客户忠诚度最关键的部分。',
        'zh-TW': '客戶獲得銷售團隊的支持：這是建立關係、培養客戶忠誠度最關鍵的部分。',
        en: "Customers get support from your sales team: the most critical part of building the relationship and the customer's loyalty.",
      },
      ownerDepartment: {
        'zh-CN': '销售、客户服务',
        'zh-TW': '銷售、客戶服務',
        en: 'Sales, customer service',
      },
      prompts: [
        {
          'zh-CN': '客户能否轻松获取有关您服务的信息，并与客户服务和销售代表保持良好的关系？',
          'zh-TW': '客戶能否輕鬆獲取有關您服務的信息，並與客戶服務和銷售代表保持良好的關係？',
          en: 'Can customers easily get information about your services and keep a good relationship with customer service and sales reps?',
        },
      ],
      measuresFrom: 'expand',
      deliverablesFrom: 'advocate',
    },
  ],
}
