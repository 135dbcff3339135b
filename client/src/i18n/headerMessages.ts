import type { Dictionary } from '@jm/shared'

/** Texts of the board header (title, map type, persona and segment) and of a note's persona. */
export interface HeaderMessages {
  renameBoard: string
  changeMapType: string
  /** After a change of map type: the lanes that type usually has and the map lacks. */
  suggestedLanes: (type: string) => string
  addLanes: (n: number) => string
  notNow: string
  audience: string
  addAudience: string
  persona: string
  noPersona: string
  segment: string
  segmentHint: string
  newPersona: string
  personaName: string
  personaNameHint: string
  personaRole: string
  jobTitle: string
  jobTitleHint: string
  addPersona: string
  editPersona: (name: string) => string
  save: string
  removePersona: (name: string) => string
  removePersonaConfirm: (name: string) => string
  notePersona: string
  /** The note option that defers to the map's persona (named when the map has one). */
  mapPersona: (name: string) => string
  done: string
}

const en: HeaderMessages = {
  renameBoard: 'Click to rename the board',
  changeMapType: 'Map type',
  suggestedLanes: (type) => `A ${type} map usually also has these lanes:`,
  addLanes: (n) => `Add ${n} ${n === 1 ? 'lane' : 'lanes'}`,
  notNow: 'Not now',
  audience: 'Persona and segment',
  addAudience: '+ Persona / segment',
  persona: 'Persona',
  noPersona: 'No persona',
  segment: 'Target segment',
  segmentHint: 'e.g. Mid-size manufacturers in East China',
  newPersona: 'New persona',
  personaName: 'Name',
  personaNameHint: 'e.g. Chen, Head of IT',
  personaRole: 'Buying role',
  jobTitle: 'Job title',
  jobTitleHint: 'e.g. CIO',
  addPersona: 'Add persona',
  editPersona: (name) => `Edit ${name}`,
  save: 'Save',
  removePersona: (name) => `Remove ${name}`,
  removePersonaConfirm: (name) =>
    `Remove "${name}" from the board? Maps and notes drawn for it go back to no persona or the map's.`,
  notePersona: 'Persona',
  mapPersona: (name) => (name ? `Map's persona (${name})` : "Map's persona"),
  done: 'Done',
}

const zhCN: HeaderMessages = {
  renameBoard: '点击重命名白板',
  changeMapType: '地图类型',
  suggestedLanes: (type) => `「${type}」地图通常还有这些泳道：`,
  addLanes: (n) => `添加 ${n} 条泳道`,
  notNow: '暂不',
  audience: '买家角色与目标市场',
  addAudience: '+ 角色 / 目标市场',
  persona: '买家角色',
  noPersona: '无角色',
  segment: '目标市场',
  segmentHint: '例如：华东制造业中型企业',
  newPersona: '新建角色',
  personaName: '名称',
  personaNameHint: '例如：陈总，IT 负责人',
  personaRole: '在采购中的角色',
  jobTitle: '职位',
  jobTitleHint: '例如：首席信息官',
  addPersona: '添加角色',
  editPersona: (name) => `编辑${name}`,
  save: '保存',
  removePersona: (name) => `移除${name}`,
  removePersonaConfirm: (name) =>
    `从白板移除「${name}」？使用该角色的地图和便利贴将改为无角色或沿用地图角色。`,
  notePersona: '角色',
  mapPersona: (name) => (name ? `地图角色（${name}）` : '地图角色'),
  done: '完成',
}

const zhTW: HeaderMessages = {
  renameBoard: '點擊重新命名白板',
  changeMapType: '地圖類型',
  suggestedLanes: (type) => `「${type}」地圖通常還有這些泳道：`,
  addLanes: (n) => `新增 ${n} 條泳道`,
  notNow: '暫不',
  audience: '買家角色與目標市場',
  addAudience: '+ 角色 / 目標市場',
  persona: '買家角色',
  noPersona: '無角色',
  segment: '目標市場',
  segmentHint: '例如：華東製造業中型企業',
  newPersona: '新增角色',
  personaName: '名稱',
  personaNameHint: '例如：陳總，IT 負責人',
  personaRole: '在採購中的角色',
  jobTitle: '職稱',
  jobTitleHint: '例如：資訊長',
  addPersona: '新增角色',
  editPersona: (name) => `編輯${name}`,
  save: '儲存',
  removePersona: (name) => `移除${name}`,
  removePersonaConfirm: (name) =>
    `從白板移除「${name}」？使用該角色的地圖和便利貼將改為無角色或沿用地圖角色。`,
  notePersona: '角色',
  mapPersona: (name) => (name ? `地圖角色（${name}）` : '地圖角色'),
  done: '完成',
}

export const HEADER_MESSAGES: Dictionary<HeaderMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }
