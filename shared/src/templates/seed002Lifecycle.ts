import type { BoardTemplate } from './types.ts'

/**
 * Seed 002 (「不要讓潛在客戶迷路：創建客戶旅程圖」, traditional Chinese; zh-TW is the article's
 * text): the B2B lifecycle 吸引 · 捕獲 · 培育 · 轉化 · 擴展, its per-stage goals and measurement
 * questions, and who leads each stage ("尋找領導者": nurture is marketing-led, conversion
 * sales-led, expansion shared by sales, service and marketing).
 */
export const seed002Lifecycle: BoardTemplate = {
  id: 'seed002-lifecycle',
  source: 'seed 002',
  name: { 'zh-CN': 'B2B 客户生命周期', 'zh-TW': 'B2B 客戶生命週期', en: 'B2B customer lifecycle' },
  description: {
    'zh-CN': 'B2B 客户旅程通常分为五个阶段：吸引、捕获、培育、转化和扩展；衡量每个阶段的运动并报告结果。',
    'zh-TW': 'B2B 客戶旅程通常分為五個階段：吸引、捕獲、培育、轉化和擴展；衡量每個階段的運動並報告結果。',
    en: 'B2B customer journeys usually have five stages: attract, capture, nurture, convert and expand; measure the movement through each stage and report the results.',
  },
  mapType: 'currentState',
  stages: [
    {
      key: 'attract',
      name: { 'zh-CN': '吸引', 'zh-TW': '吸引', en: 'Attract' },
      goal: {
        'zh-CN': '提高知名度，并通过更多的印象和更深入的对话来扩大您的受众群体。',
        'zh-TW': '提高知名度，並通過更多的印象和更深入的對話來擴大您的受眾群體。',
        en: 'Raise awareness and grow your audience through more impressions and deeper conversations.',
      },
      ownerDepartment: { 'zh-CN': '市场营销', 'zh-TW': '市場營銷', en: 'Marketing' },
      prompts: [
        {
          'zh-CN': '新的潜在客户会使用哪些渠道、寻找哪些内容？',
          'zh-TW': '新的潛在客戶會使用哪些渠道、尋找哪些內容？',
          en: 'Which channels will new prospects use, and what content will they look for?',
        },
      ],
      measuresFrom: 'attract',
      deliverablesFrom: 'discover',
    },
    {
      key: 'capture',
      name: { 'zh-CN': '捕获', 'zh-TW': '捕獲', en: 'Capture' },
      goal: {
        'zh-CN': '增加渠道中已知潜在客户的数量，并尽可能多地了解他们。',
        'zh-TW': '增加渠道中已知潛在客戶的數量，並儘可能多地了解他們。',
        en: 'Increase the number of known prospects in the funnel and learn as much as you can about them.',
      },
      ownerDepartment: { 'zh-CN': '市场营销', 'zh-TW': '市場營銷', en: 'Marketing' },
      prompts: [
        {
          'zh-CN': '他们是谁、想要什么？如何开始符合他们兴趣的谈话？',
          'zh-TW': '他們是誰、想要什麼？如何開始符合他們興趣的談話？',
          en: 'Who are they and what do they want? How do you start a conversation that matches their interests?',
        },
      ],
      measuresFrom: 'capture',
      deliverablesFrom: 'research',
    },
    {
      key: 'nurture',
      name: { 'zh-CN': '培育', 'zh-TW': '培育', en: 'Nurture' },
      goal: {
        'zh-CN': '确保潜在客户在时机成熟时准备好购买。',
        'zh-TW': '確保潛在客戶在時機成熟時準備好購買。',
        en: 'Make sure prospects are ready to buy when the time is right.',
      },
      ownerDepartment: { 'zh-CN': '市场营销（主导）', 'zh-TW': '市場營銷（主導）', en: 'Marketing (leads)' },
      handoff: {
        'zh-CN': '从培育（营销主导）到转化（销售主导）的转变，通过一套商定的互惠责任来管理。',
        'zh-TW': '從培育（營銷主導）到轉化（銷售主導）的轉變，通過一套商定的互惠責任來管理。',
        en: 'The move from nurture (marketing-led) to conversion (sales-led) is managed through an agreed set of reciprocal responsibilities.',
      },
      prompts: [
        {
          'zh-CN': '细分、潜在客户评分、触发的活动和自动化程序：用了哪些培育策略？',
          'zh-TW': '細分、潛在客戶評分、觸發的活動和自動化程序：用了哪些培育策略？',
          en: 'Segmentation, lead scoring, triggered campaigns and automated programmes: which nurturing tactics are in use?',
        },
      ],
      measuresFrom: 'nurture',
      deliverablesFrom: 'compare',
    },
    {
      key: 'convert',
      name: { 'zh-CN': '转化', 'zh-TW': '轉化', en: 'Convert' },
      goal: {
        'zh-CN': '以更低的每条线索成本和更低的每位客户成本创造更高质量的线索。',
        'zh-TW': '以更低的每條線索成本和更低的每位客戶成本創造更高質量的線索。',
        en: 'Create higher-quality leads at a lower cost per lead and per customer.',
      },
      customerQuestion: {
        'zh-CN': '选择您的解决方案，还是选择竞争对手？',
        'zh-TW': '選擇您的解決方案，還是選擇競爭對手？',
        en: 'Choose your solution, or a competitor?',
      },
      ownerDepartment: { 'zh-CN': '销售（主导）', 'zh-TW': '銷售（主導）', en: 'Sales (leads)' },
      handoff: {
        'zh-CN': '扩张阶段通过销售、服务和市场营销之间商定的一套相互步骤来管理。',
        'zh-TW': '擴張階段通過銷售、服務和市場營銷之間商定的一套相互步驟來管理。',
        en: 'The expansion stage is managed through a set of steps agreed between sales, service and marketing.',
      },
      prompts: [
        {
          'zh-CN': '如何避免「没有决定」？它发生在多达 26% 的交易中。',
          'zh-TW': '如何避免「沒有決定」？它發生在多達 26% 的交易中。',
          en: 'How do you avoid "no decision", which happens in up to 26% of deals?',
        },
      ],
      measuresFrom: 'convert',
      deliverablesFrom: 'decide',
    },
    {
      key: 'expand',
      name: { 'zh-CN': '扩展', 'zh-TW': '擴展', en: 'Expand' },
      goal: {
        'zh-CN': '提高现有客户的终生价值，并将他们变成向他人推荐您品牌的传道者。',
        'zh-TW': '提高現有客戶的終生價值，並將他們變成向他人推薦您品牌的傳道者。',
        en: 'Raise existing customers’ lifetime value and turn them into evangelists who recommend your brand to others.',
      },
      ownerDepartment: {
        'zh-CN': '销售、服务和市场营销',
        'zh-TW': '銷售、服務和市場營銷',
        en: 'Sales, service and marketing',
      },
      prompts: [
        {
          'zh-CN': '如何与客户建立更深层次的关系？',
          'zh-TW': '如何與客戶建立更深層次的關係？',
          en: 'How do you build a deeper relationship with customers?',
        },
      ],
      measuresFrom: 'expand',
      deliverablesFrom: 'advocate',
    },
  ],
}
