import type { ActionStatus } from '../schema/action.ts'
import type { Locale } from '../schema/board.ts'
import type { Lane, LaneKind } from '../schema/lane.ts'
import type { MapType } from '../schema/map.ts'
import type { PersonaRole } from '../schema/persona.ts'
import type { Dictionary } from './dictionary.ts'

/** Lane kind names in each supported language (seed 001's lane vocabulary). @public */
export const LANE_KIND_LABELS: Dictionary<Record<LaneKind, string>> = {
  en: {
    touchpoints: 'Touchpoints & channels',
    actions: 'Customer actions',
    thoughts: 'Thoughts',
    feelings: 'Feelings',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    owners: 'Owners',
    kpis: 'KPIs',
    materials: 'Content & materials',
    customerActions: 'Customer actions',
    onstage: 'Onstage actions',
    backstage: 'Backstage actions',
    supportProcesses: 'Support processes',
    physicalEvidence: 'Physical evidence',
    says: 'Says',
    does: 'Does',
    thinks: 'Thinks',
    feels: 'Feels',
    custom: 'Lane',
  },
  'zh-CN': {
    touchpoints: '接触点 / 渠道',
    actions: '客户行为',
    thoughts: '想法',
    feelings: '感受 / 情绪',
    painPoints: '痛点',
    opportunities: '机会',
    owners: '负责部门',
    kpis: '指标',
    materials: '内容与物料',
    customerActions: '客户行为',
    onstage: '前台行为',
    backstage: '后台行为',
    supportProcesses: '支持流程',
    physicalEvidence: '有形证据',
    says: '说',
    does: '做',
    thinks: '想',
    feels: '感受',
    custom: '泳道',
  },
  'zh-TW': {
    touchpoints: '接觸點 / 渠道',
    actions: '客戶行為',
    thoughts: '想法',
    feelings: '感受 / 情緒',
    painPoints: '痛點',
    opportunities: '機會',
    owners: '負責部門',
    kpis: '指標',
    materials: '內容與物料',
    customerActions: '客戶行為',
    onstage: '前台行為',
    backstage: '後台行為',
    supportProcesses: '支援流程',
    physicalEvidence: '有形證據',
    says: '說',
    does: '做',
    thinks: '想',
    feels: '感受',
    custom: '泳道',
  },
}

/** The eight map types of seed 001 in each supported language. @public */
export const MAP_TYPE_LABELS: Dictionary<Record<MapType, string>> = {
  en: {
    currentState: 'Current state',
    futureState: 'Future state',
    strategic: 'Strategic',
    tactical: 'Tactical',
    dayInTheLife: 'Day in the life',
    serviceBlueprint: 'Service blueprint',
    circular: 'Circular lifecycle',
    empathy: 'Empathy map',
  },
  'zh-CN': {
    currentState: '当前状态',
    futureState: '未来状态',
    strategic: '战略',
    tactical: '战术',
    dayInTheLife: '生活中的一天',
    serviceBlueprint: '服务蓝图',
    circular: '循环',
    empathy: '同理心地图',
  },
  'zh-TW': {
    currentState: '當前狀態',
    futureState: '未來狀態',
    strategic: '戰略',
    tactical: '戰術',
    dayInTheLife: '生活中的一天',
    serviceBlueprint: '服務藍圖',
    circular: '循環',
    empathy: '同理心地圖',
  },
}

/** B2B buying roles of a persona (买家角色) in each supported language. @public */
export const PERSONA_ROLE_LABELS: Dictionary<Record<PersonaRole, string>> = {
  en: {
    decisionMaker: 'Decision maker',
    user: 'User',
    procurement: 'Procurement',
    it: 'IT',
    finance: 'Finance',
    legal: 'Legal',
    influencer: 'Influencer',
    other: 'Other',
  },
  'zh-CN': {
    decisionMaker: '决策者',
    user: '使用者',
    procurement: '采购',
    it: 'IT',
    finance: '财务',
    legal: '法务',
    influencer: '影响者',
    other: '其他',
  },
  'zh-TW': {
    decisionMaker: '決策者',
    user: '使用者',
    procurement: '採購',
    it: 'IT',
    finance: '財務',
    legal: '法務',
    influencer: '影響者',
    other: '其他',
  },
}

/** A lane's own name, or its kind's label in `locale` when it has none. @public */
export function laneLabel(lane: Pick<Lane, 'name' | 'kind'>, locale: Locale): string {
  return lane.name || LANE_KIND_LABELS[locale][lane.kind]
}

/** Where an action is, in each supported language (the action list and the board report). @public */
export const ACTION_STATUS_LABELS: Dictionary<Record<ActionStatus, string>> = {
  en: { proposed: 'Proposed', planned: 'Planned', doing: 'Doing', done: 'Done', dropped: 'Dropped' },
  'zh-CN': { proposed: '提议', planned: '已计划', doing: '进行中', done: '已完成', dropped: '已放弃' },
  'zh-TW': { proposed: '提議', planned: '已計畫', doing: '進行中', done: '已完成', dropped: '已放棄' },
}
