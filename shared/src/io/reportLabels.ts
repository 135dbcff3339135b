import type { Dictionary } from '../i18n/dictionary.ts'

export interface ReportLabels {
  exportedOn: string
  persona: string
  stages: string
  goal: string
  painPoints: string
  kpis: string
  owners: string
  opportunities: string
  stage: string
  votes: (count: number) => string
  votesColumn: string
  tags: string
  emotion: string
  emotionCurve: string
  none: string
  customerQuestion: string
  exitCriteria: string
  deliverables: string
  links: string
  files: string
  owner: string
  handoff: string
  kpi: string
  target: string
  actual: string
  segment: string
  notes: string
  rank: string
  note: string
  actions: string
  action: string
  actionOwner: string
  due: string
  status: string
  impact: string
  effort: string
  overdue: string
}

export const REPORT_LABELS: Dictionary<ReportLabels> = {
  en: {
    exportedOn: 'Exported',
    persona: 'Persona',
    stages: 'Stages',
    goal: 'Goal',
    painPoints: 'Pain points ranked by votes',
    kpis: 'KPIs',
    owners: 'Owners',
    opportunities: 'Opportunities',
    stage: 'Stage',
    votes: (count) => `${count} ${count === 1 ? 'vote' : 'votes'}`,
    votesColumn: 'Votes',
    tags: 'tags',
    emotion: 'emotion',
    emotionCurve: 'Emotion curve',
    none: 'None yet.',
    customerQuestion: 'Customer question',
    exitCriteria: 'Exit criteria',
    deliverables: 'Deliverables',
    links: 'Links',
    files: 'Files',
    owner: 'Owner',
    handoff: 'Handoff',
    kpi: 'KPI',
    target: 'Target',
    actual: 'Actual',
    segment: 'Segment',
    notes: 'Notes',
    rank: '#',
    note: 'Note',
    actions: 'Actions',
    action: 'Action',
    actionOwner: 'Owner',
    due: 'Due',
    status: 'Status',
    impact: 'Impact',
    effort: 'Effort',
    overdue: 'overdue',
  },
  'zh-CN': {
    exportedOn: '导出于',
    persona: '买家角色',
    stages: '阶段',
    goal: '目标',
    painPoints: '痛点（按票数排序）',
    kpis: '指标',
    owners: '负责部门',
    opportunities: '机会',
    stage: '阶段',
    votes: (count) => `${count} 票`,
    votesColumn: '票数',
    tags: '标签',
    emotion: '情绪',
    emotionCurve: '情绪曲线',
    none: '暂无。',
    customerQuestion: '客户的问题',
    exitCriteria: '退出标准',
    deliverables: '交付物与材料',
    links: '链接',
    files: '附件',
    owner: '负责部门',
    handoff: '交接',
    kpi: '指标',
    target: '目标值',
    actual: '实际值',
    segment: '目标市场',
    notes: '便利贴',
    rank: '排名',
    note: '便利贴',
    actions: '行动项',
    action: '行动',
    actionOwner: '负责人',
    due: '截止日期',
    status: '状态',
    impact: '影响',
    effort: '投入',
    overdue: '已逾期',
  },
  'zh-TW': {
    exportedOn: '匯出於',
    persona: '買家角色',
    stages: '階段',
    goal: '目標',
    painPoints: '痛點（依票數排序）',
    kpis: '指標',
    owners: '負責部門',
    opportunities: '機會',
    stage: '階段',
    votes: (count) => `${count} 票`,
    votesColumn: '票數',
    tags: '標籤',
    emotion: '情緒',
    emotionCurve: '情緒曲線',
    none: '暫無。',
    customerQuestion: '客戶的問題',
    exitCriteria: '退出標準',
    deliverables: '交付物與材料',
    links: '連結',
    files: '附件',
    owner: '負責部門',
    handoff: '交接',
    kpi: '指標',
    target: '目標值',
    actual: '實際值',
    segment: '目標市場',
    notes: '便利貼',
    rank: '排名',
    note: '便利貼',
    actions: '行動項',
    action: '行動',
    actionOwner: '負責人',
    due: '截止日期',
    status: '狀態',
    impact: '影響',
    effort: '投入',
    overdue: '已逾期',
  },
}
