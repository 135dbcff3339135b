import type { Dictionary } from '@jm/shared'

/** Texts of the map types' own views: blueprint lines, the loop, the time axis, the empathy map. */
export interface ViewMessages {
  lineOfInteraction: string
  lineOfVisibility: string
  lineOfInternalInteraction: string
  loop: string
  loopRestartsHere: string
  backTo: (stage: string) => string
  markRestart: (stage: string) => string
  timeOfDay: string
  timeNotSet: string
  setTime: (stage: string) => string
  stageShown: string
  noPersona: string
  addQuadrant: (lane: string) => string
  otherLanes: string
}

export const VIEW_MESSAGES: Dictionary<ViewMessages> = {
  en: {
    lineOfInteraction: 'Line of interaction',
    lineOfVisibility: 'Line of visibility',
    lineOfInternalInteraction: 'Line of internal interaction',
    loop: 'Loop',
    loopRestartsHere: 'Loop restarts here',
    backTo: (stage) => `Back to ${stage}`,
    markRestart: (stage) => `Make the loop restart at ${stage}`,
    timeOfDay: 'Time of day',
    timeNotSet: 'Set a time',
    setTime: (stage) => `Time of day of ${stage}`,
    stageShown: 'Stage',
    noPersona: 'No persona yet',
    addQuadrant: (lane) => `Add “${lane}”`,
    otherLanes: 'Other lanes',
  },
  'zh-CN': {
    lineOfInteraction: '互动线',
    lineOfVisibility: '可视线',
    lineOfInternalInteraction: '内部互动线',
    loop: '循环',
    loopRestartsHere: '循环从这里重新开始',
    backTo: (stage) => `回到「${stage}」`,
    markRestart: (stage) => `让循环从「${stage}」重新开始`,
    timeOfDay: '一天中的时间',
    timeNotSet: '设置时间',
    setTime: (stage) => `「${stage}」的时间`,
    stageShown: '阶段',
    noPersona: '尚未设置买家角色',
    addQuadrant: (lane) => `添加「${lane}」`,
    otherLanes: '其他泳道',
  },
  'zh-TW': {
    lineOfInteraction: '互動線',
    lineOfVisibility: '可視線',
    lineOfInternalInteraction: '內部互動線',
    loop: '循環',
    loopRestartsHere: '循環從這裡重新開始',
    backTo: (stage) => `回到「${stage}」`,
    markRestart: (stage) => `讓循環從「${stage}」重新開始`,
    timeOfDay: '一天中的時間',
    timeNotSet: '設定時間',
    setTime: (stage) => `「${stage}」的時間`,
    stageShown: '階段',
    noPersona: '尚未設定買家角色',
    addQuadrant: (lane) => `新增「${lane}」`,
    otherLanes: '其他泳道',
  },
}
