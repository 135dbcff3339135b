import type { Dictionary } from '@jm/shared'

/** The maps of a board: the maps dialog, sub-journeys and the breadcrumbs back to their stage. */
export interface MapsMessages {
  manage: string
  dialogTitle: string
  open: string
  shown: string
  rename: string
  untitled: string
  duplicate: string
  copyTitle: (title: string) => string
  moveUp: string
  moveDown: string
  remove: string
  removeConfirm: (name: string, notes: number) => string
  removeNow: string
  cancel: string
  removed: (name: string) => string
  lastMap: string
  add: string
  type: string
  title: string
  titlePlaceholder: string
  detailsStage: string
  detailsNone: string
  /** The stages a new map starts with, by whether it is a day's time axis. */
  newStages: string[]
  newDayStages: string[]
  newSubStages: string[]
  subJourneys: string
  openSubJourney: (name: string) => string
  newSubJourney: string
  subJourneyOf: (stage: string) => string
  breadcrumbs: string
}

export const MAPS_MESSAGES: Dictionary<MapsMessages> = {
  en: {
    manage: 'Maps…',
    dialogTitle: 'Maps on this board',
    open: 'Open',
    shown: 'Shown',
    rename: 'Rename map',
    untitled: 'No title',
    duplicate: 'Duplicate',
    copyTitle: (title) => `${title || 'Map'} (copy)`,
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove…',
    removeConfirm: (name, notes) =>
      `Remove the map “${name}” with its stages, lanes and ${notes} ${notes === 1 ? 'note' : 'notes'}?`,
    removeNow: 'Remove',
    cancel: 'Cancel',
    removed: (name) => `Map “${name}” removed`,
    lastMap: 'A board keeps at least one map.',
    add: 'Add map',
    type: 'Type',
    title: 'Title',
    titlePlaceholder: 'e.g. Repurchase journey',
    detailsStage: 'Details the stage',
    detailsNone: 'No stage (a map of its own)',
    newStages: ['Stage 1', 'Stage 2', 'Stage 3'],
    newDayStages: ['Morning', 'Midday', 'Afternoon', 'Evening'],
    newSubStages: ['Step 1', 'Step 2', 'Step 3'],
    subJourneys: 'Sub-journeys',
    openSubJourney: (name) => `Open sub-journey: ${name}`,
    newSubJourney: 'New sub-journey of this stage',
    subJourneyOf: (stage) => `Sub-journey of “${stage}”`,
    breadcrumbs: 'Where this sub-journey belongs',
  },
  'zh-CN': {
    manage: '地图…',
    dialogTitle: '本白板的地图',
    open: '打开',
    shown: '当前显示',
    rename: '重命名地图',
    untitled: '无标题',
    duplicate: '复制',
    copyTitle: (title) => `${title || '地图'}（副本）`,
    moveUp: '上移',
    moveDown: '下移',
    remove: '删除…',
    removeConfirm: (name, notes) => `删除地图「${name}」及其阶段、泳道和 ${notes} 张便利贴？`,
    removeNow: '删除',
    cancel: '取消',
    removed: (name) => `已删除地图「${name}」`,
    lastMap: '白板至少保留一张地图。',
    add: '添加地图',
    type: '类型',
    title: '标题',
    titlePlaceholder: '例如：复购旅程',
    detailsStage: '细化的阶段',
    detailsNone: '不细化阶段（独立地图）',
    newStages: ['阶段 1', '阶段 2', '阶段 3'],
    newDayStages: ['早上', '中午', '下午', '晚上'],
    newSubStages: ['步骤 1', '步骤 2', '步骤 3'],
    subJourneys: '子旅程',
    openSubJourney: (name) => `打开子旅程：${name}`,
    newSubJourney: '为此阶段新建子旅程',
    subJourneyOf: (stage) => `「${stage}」的子旅程`,
    breadcrumbs: '此子旅程所属位置',
  },
  'zh-TW': {
    manage: '地圖…',
    dialogTitle: '本白板的地圖',
    open: '開啟',
    shown: '目前顯示',
    rename: '重新命名地圖',
    untitled: '無標題',
    duplicate: '複製',
    copyTitle: (title) => `${title || '地圖'}（副本）`,
    moveUp: '上移',
    moveDown: '下移',
    remove: '刪除…',
    removeConfirm: (name, notes) => `刪除地圖「${name}」及其階段、泳道和 ${notes} 張便利貼？`,
    removeNow: '刪除',
    cancel: '取消',
    removed: (name) => `已刪除地圖「${name}」`,
    lastMap: '白板至少保留一張地圖。',
    add: '新增地圖',
    type: '類型',
    title: '標題',
    titlePlaceholder: '例如：回購旅程',
    detailsStage: '細化的階段',
    detailsNone: '不細化階段（獨立地圖）',
    newStages: ['階段 1', '階段 2', '階段 3'],
    newDayStages: ['早上', '中午', '下午', '晚上'],
    newSubStages: ['步驟 1', '步驟 2', '步驟 3'],
    subJourneys: '子旅程',
    openSubJourney: (name) => `開啟子旅程：${name}`,
    newSubJourney: '為此階段新建子旅程',
    subJourneyOf: (stage) => `「${stage}」的子旅程`,
    breadcrumbs: '此子旅程所屬位置',
  },
}
