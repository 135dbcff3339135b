import type { Dictionary, StageTextField } from '@jm/shared'

type DetailField = Exclude<StageTextField, 'name'>

/** Texts for stages, lanes, KPIs, deliverables and the emotion curve. */
export interface StructureMessages {
  renameStage: string
  renameLane: string
  stageDetails: string
  /** The stage header's button (and Z in a cell) that zooms the board to the stage. */
  zoomToStage: string
  stageFields: Record<DetailField, string>
  stageHints: Record<DetailField, string>
  kpis: string
  kpiName: string
  kpiTarget: string
  kpiActual: string
  kpiUnit: string
  addKpi: string
  deliverables: string
  addDeliverable: string
  remove: string
  addStage: string
  stageName: string
  addLane: string
  laneKind: string
  deleteStage: string
  deleteLane: string
  deleteStageConfirm: (name: string) => string
  deleteLaneConfirm: (name: string) => string
  noNotesInside: string
  notesMoveTo: (count: number, target: string) => string
  deleteNotesToo: (count: number) => string
  cancel: string
  delete: string
  emotionCurve: string
  emotionCurveEmpty: string
  workshopQuestions: string
  kpiCount: (n: number) => string
}

const en: StructureMessages = {
  renameStage: 'Double-click to rename the stage',
  renameLane: 'Double-click to rename the lane',
  stageDetails: 'Stage details',
  zoomToStage: 'Zoom to this stage',
  stageFields: {
    goal: 'Goal',
    customerQuestion: "Customer's question",
    exitCriteria: 'Exit criteria',
    ownerDepartment: 'Owner department',
    handoff: 'Handoff to the next stage',
    timeOfDay: 'Time of day',
  },
  stageHints: {
    goal: 'What should the customer achieve in this stage?',
    customerQuestion: 'What is the customer asking themselves here?',
    exitCriteria: 'What shows the customer is ready to move on?',
    ownerDepartment: 'e.g. Marketing, Sales, Customer success',
    handoff: 'Who takes over next, with what, and by when?',
    timeOfDay: 'e.g. 08:30, or "on the commute"',
  },
  kpis: 'KPIs',
  kpiName: 'KPI',
  kpiTarget: 'Target',
  kpiActual: 'Actual',
  kpiUnit: 'Unit',
  addKpi: 'Add a KPI and press Enter…',
  deliverables: 'Deliverables & materials',
  addDeliverable: 'Add a deliverable and press Enter…',
  remove: 'Remove',
  addStage: 'Add stage',
  stageName: 'Stage name',
  addLane: 'Add lane',
  laneKind: 'Lane kind',
  deleteStage: 'Delete stage…',
  deleteLane: 'Delete lane',
  deleteStageConfirm: (name) => `Delete the stage “${name}”?`,
  deleteLaneConfirm: (name) => `Delete the lane “${name}”?`,
  noNotesInside: 'It has no notes. You can undo this.',
  notesMoveTo: (n, target) =>
    `Its ${n} ${n === 1 ? 'note moves' : 'notes move'} to “${target}”. You can undo this.`,
  deleteNotesToo: (n) => `Delete the ${n} ${n === 1 ? 'note' : 'notes'} too`,
  cancel: 'Cancel',
  delete: 'Delete',
  emotionCurve: 'Emotion curve',
  emotionCurveEmpty: 'Give notes in the feelings lane an emotion score to draw the curve.',
  workshopQuestions: 'Questions for the workshop',
  kpiCount: (n) => `${n} ${n === 1 ? 'KPI' : 'KPIs'}`,
}

const zhCN: StructureMessages = {
  renameStage: '双击重命名阶段',
  renameLane: '双击重命名泳道',
  stageDetails: '阶段详情',
  zoomToStage: '缩放到此阶段',
  stageFields: {
    goal: '目标',
    customerQuestion: '客户的问题',
    exitCriteria: '退出标准',
    ownerDepartment: '负责部门',
    handoff: '交接给下一阶段',
    timeOfDay: '一天中的时间',
  },
  stageHints: {
    goal: '客户在这个阶段要达成什么？',
    customerQuestion: '客户此时在问自己什么？',
    exitCriteria: '什么表明客户可以进入下一阶段？',
    ownerDepartment: '例如：市场部、销售部、客户成功部',
    handoff: '由谁接手，交接什么，何时完成？',
    timeOfDay: '例如：08:30，或“通勤路上”',
  },
  kpis: '指标',
  kpiName: '指标',
  kpiTarget: '目标值',
  kpiActual: '实际值',
  kpiUnit: '单位',
  addKpi: '输入指标后按回车…',
  deliverables: '交付物与物料',
  addDeliverable: '输入交付物后按回车…',
  remove: '移除',
  addStage: '添加阶段',
  stageName: '阶段名称',
  addLane: '添加泳道',
  laneKind: '泳道类型',
  deleteStage: '删除阶段…',
  deleteLane: '删除泳道',
  deleteStageConfirm: (name) => `删除阶段「${name}」？`,
  deleteLaneConfirm: (name) => `删除泳道「${name}」？`,
  noNotesInside: '其中没有便利贴。此操作可以撤销。',
  notesMoveTo: (n, target) => `其中的 ${n} 张便利贴将移到「${target}」。此操作可以撤销。`,
  deleteNotesToo: (n) => `同时删除这 ${n} 张便利贴`,
  cancel: '取消',
  delete: '删除',
  emotionCurve: '情绪曲线',
  emotionCurveEmpty: '为感受泳道中的便利贴打情绪分，即可绘出曲线。',
  workshopQuestions: '研讨会要回答的问题',
  kpiCount: (n) => `${n} 项指标`,
}

const zhTW: StructureMessages = {
  renameStage: '雙擊重新命名階段',
  renameLane: '雙擊重新命名泳道',
  stageDetails: '階段詳情',
  zoomToStage: '縮放到此階段',
  stageFields: {
    goal: '目標',
    customerQuestion: '客戶的問題',
    exitCriteria: '退出標準',
    ownerDepartment: '負責部門',
    handoff: '交接給下一階段',
    timeOfDay: '一天中的時間',
  },
  stageHints: {
    goal: '客戶在這個階段要達成什麼？',
    customerQuestion: '客戶此時在問自己什麼？',
    exitCriteria: '什麼表明客戶可以進入下一階段？',
    ownerDepartment: '例如：行銷部、業務部、客戶成功部',
    handoff: '由誰接手，交接什麼，何時完成？',
    timeOfDay: '例如：08:30，或「通勤途中」',
  },
  kpis: '指標',
  kpiName: '指標',
  kpiTarget: '目標值',
  kpiActual: '實際值',
  kpiUnit: '單位',
  addKpi: '輸入指標後按 Enter…',
  deliverables: '交付物與物料',
  addDeliverable: '輸入交付物後按 Enter…',
  remove: '移除',
  addStage: '新增階段',
  stageName: '階段名稱',
  addLane: '新增泳道',
  laneKind: '泳道類型',
  deleteStage: '刪除階段…',
  deleteLane: '刪除泳道',
  deleteStageConfirm: (name) => `刪除階段「${name}」？`,
  deleteLaneConfirm: (name) => `刪除泳道「${name}」？`,
  noNotesInside: '其中沒有便利貼。此操作可以復原。',
  notesMoveTo: (n, target) => `其中的 ${n} 張便利貼將移到「${target}」。此操作可以復原。`,
  deleteNotesToo: (n) => `同時刪除這 ${n} 張便利貼`,
  cancel: '取消',
  delete: '刪除',
  emotionCurve: '情緒曲線',
  emotionCurveEmpty: '為感受泳道中的便利貼評情緒分，即可繪出曲線。',
  workshopQuestions: '研討會要回答的問題',
  kpiCount: (n) => `${n} 項指標`,
}

export const STRUCTURE_MESSAGES: Dictionary<StructureMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }
