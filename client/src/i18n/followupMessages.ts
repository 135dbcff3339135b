import type { Dictionary } from '@jm/shared'

/** Texts of the follow-up panel: comments, versions, changes since the last visit, measures and the current/future comparison. */
export interface FollowUpMessages {
  button: string
  title: string
  tabs: { comments: string; versions: string; changes: string; measure: string; compare: string }
  maps: {
    label: string
    startFuture: string
    futureTitle: (current: string) => string
    needFuture: string
    added: string
    removed: string
    changed: string
    resolved: string
    nothing: string
    current: string
    future: string
  }
  close: string
  comments: {
    filterOpen: string
    filterMine: string
    filterAll: string
    none: string
    onNote: string
    onStage: string
    newThread: string
    placeholder: string
    reply: string
    send: string
    resolve: string
    reopen: string
    resolved: (by: string) => string
    pickTarget: string
    unresolved: (n: number) => string
    deleted: string
  }
  versions: {
    name: string
    namePlaceholder: string
    save: string
    none: string
    compare: string
    restore: string
    confirmRestore: (name: string) => string
    restored: string
    savedBy: (name: string) => string
    onlyFacilitator: string
    comparison: (added: number, edited: number, moved: number, removed: number) => string
    failed: (reason: string) => string
  }
  changes: {
    firstVisit: string
    none: string
    summary: (n: number) => string
    markSeen: string
    kinds: { added: string; edited: string; moved: string; removed: string }
    newComments: (n: number) => string
    stages: (n: number) => string
  }
  measure: {
    funnel: string
    funnelHint: string
    conversion: string
    biggestDrop: string
    noFunnel: string
    kpis: string
    target: string
    actual: string
    responsibility: string
    owner: string
    handoff: string
    deliverables: string
    noneSet: string
  }
}

const en: FollowUpMessages = {
  button: 'Follow-up',
  title: 'Follow-up',
  tabs: {
    comments: 'Comments',
    versions: 'Versions',
    changes: 'Changes',
    measure: 'Measure',
    compare: 'Compare',
  },
  maps: {
    label: 'Map',
    startFuture: 'Start future state',
    futureTitle: (current) => `${current || 'Journey'} (future)`,
    needFuture: 'Start a future state from the current map to compare them.',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    resolved: 'Pain points resolved',
    nothing: 'No differences',
    current: 'Current',
    future: 'Future',
  },
  close: 'Close',
  comments: {
    filterOpen: 'Open',
    filterMine: 'Mine',
    filterAll: 'All',
    none: 'No comments here yet.',
    onNote: 'On note',
    onStage: 'On stage',
    newThread: 'Comment on the selected note',
    placeholder: 'Write a comment… use @name to mention someone',
    reply: 'Reply',
    send: 'Send',
    resolve: 'Resolve',
    reopen: 'Reopen',
    resolved: (by) => `Resolved by ${by}`,
    pickTarget: 'Select a note on the board to comment on it.',
    unresolved: (n) => `${n} open`,
    deleted: 'This comment was deleted.',
  },
  versions: {
    name: 'Version name',
    namePlaceholder: 'e.g. After workshop 1',
    save: 'Save version',
    none: 'No saved versions yet.',
    compare: 'Compare with now',
    restore: 'Restore',
    confirmRestore: (name) =>
      `Restore "${name}"? The map and the canvas go back to it, replacing edits made since; edits others make meanwhile or offline are kept.`,
    restored: 'Version restored.',
    savedBy: (name) => `saved by ${name}`,
    onlyFacilitator: 'Only a facilitator can save or restore versions.',
    comparison: (a, e, m, r) => `Since then: ${a} added, ${e} edited, ${m} moved, ${r} deleted`,
    failed: (reason) => `Could not complete: ${reason}`,
  },
  changes: {
    firstVisit: 'This is your first visit on this device. Changes will be tracked from now on.',
    none: 'Nothing changed since your last visit.',
    summary: (n) => `${n} ${n === 1 ? 'change' : 'changes'} since your last visit (highlighted on the board)`,
    markSeen: 'Mark as seen',
    kinds: { added: 'added', edited: 'edited', moved: 'moved', removed: 'deleted' },
    newComments: (n) => `${n} new ${n === 1 ? 'comment' : 'comments'}`,
    stages: (n) => `${n} ${n === 1 ? 'stage' : 'stages'} changed`,
  },
  measure: {
    funnel: 'Funnel',
    funnelHint: "Each stage's first KPI with an actual value, e.g. accounts reaching the stage.",
    conversion: 'conversion',
    biggestDrop: 'Biggest drop-off',
    noFunnel: 'Enter KPI actuals for at least two stages to see the funnel.',
    kpis: 'KPIs per stage',
    target: 'Target',
    actual: 'Actual',
    responsibility: 'Owners and handoffs',
    owner: 'Owner',
    handoff: 'Hands off to',
    deliverables: 'Deliverables checklist',
    noneSet: '—',
  },
}

const zhCN: FollowUpMessages = {
  button: '跟进',
  title: '跟进',
  tabs: {
    comments: '评论',
    versions: '版本',
    changes: '上次访问以来',
    measure: '衡量',
    compare: '当前与未来',
  },
  maps: {
    label: '地图',
    startFuture: '创建未来状态',
    futureTitle: (current) => `${current || '旅程'}（未来）`,
    needFuture: '先从当前地图创建未来状态，才能进行对比。',
    added: '新增',
    removed: '移除',
    changed: '改动',
    resolved: '已解决的痛点',
    nothing: '没有差异',
    current: '当前',
    future: '未来',
  },
  close: '关闭',
  comments: {
    filterOpen: '未解决',
    filterMine: '我的',
    filterAll: '全部',
    none: '这里还没有评论。',
    onNote: '便利贴',
    onStage: '阶段',
    newThread: '评论选中的便利贴',
    placeholder: '写评论…用 @名字 提及他人',
    reply: '回复',
    send: '发送',
    resolve: '解决',
    reopen: '重新打开',
    resolved: (by) => `已由 ${by} 解决`,
    pickTarget: '在白板上选中一张便利贴即可评论。',
    unresolved: (n) => `${n} 条未解决`,
    deleted: '此评论已删除。',
  },
  versions: {
    name: '版本名称',
    namePlaceholder: '例如：第一次工作坊之后',
    save: '保存版本',
    none: '还没有保存的版本。',
    compare: '与当前对比',
    restore: '恢复',
    confirmRestore: (name) =>
      `恢复“${name}”？地图和画布都会回到该版本，替换此后的修改；他人同时或离线所做的修改会保留。`,
    restored: '版本已恢复。',
    savedBy: (name) => `由 ${name} 保存`,
    onlyFacilitator: '只有主持人可以保存或恢复版本。',
    comparison: (a, e, m, r) => `此后：新增 ${a}，编辑 ${e}，移动 ${m}，删除 ${r}`,
    failed: (reason) => `操作失败：${reason}`,
  },
  changes: {
    firstVisit: '这是你在本设备上的首次访问，之后的变化会被记录。',
    none: '自上次访问以来没有变化。',
    summary: (n) => `自上次访问以来有 ${n} 处变化（已在白板上标出）`,
    markSeen: '标记为已读',
    kinds: { added: '新增', edited: '编辑', moved: '移动', removed: '删除' },
    newComments: (n) => `${n} 条新评论`,
    stages: (n) => `${n} 个阶段有变化`,
  },
  measure: {
    funnel: '漏斗',
    funnelHint: '每个阶段第一个填写了实际值的指标，例如进入该阶段的客户数。',
    conversion: '转化率',
    biggestDrop: '最大流失点',
    noFunnel: '至少为两个阶段填写指标实际值后即可查看漏斗。',
    kpis: '各阶段指标',
    target: '目标',
    actual: '实际',
    responsibility: '负责部门与交接',
    owner: '负责部门',
    handoff: '交接给',
    deliverables: '交付物清单',
    noneSet: '—',
  },
}

const zhTW: FollowUpMessages = {
  button: '跟進',
  title: '跟進',
  tabs: {
    comments: '評論',
    versions: '版本',
    changes: '上次造訪以來',
    measure: '衡量',
    compare: '當前與未來',
  },
  maps: {
    label: '地圖',
    startFuture: '建立未來狀態',
    futureTitle: (current) => `${current || '旅程'}（未來）`,
    needFuture: '先從當前地圖建立未來狀態，才能進行對比。',
    added: '新增',
    removed: '移除',
    changed: '改動',
    resolved: '已解決的痛點',
    nothing: '沒有差異',
    current: '當前',
    future: '未來',
  },
  close: '關閉',
  comments: {
    filterOpen: '未解決',
    filterMine: '我的',
    filterAll: '全部',
    none: '這裡還沒有評論。',
    onNote: '便利貼',
    onStage: '階段',
    newThread: '評論選取的便利貼',
    placeholder: '撰寫評論…用 @名字 提及他人',
    reply: '回覆',
    send: '送出',
    resolve: '解決',
    reopen: '重新開啟',
    resolved: (by) => `已由 ${by} 解決`,
    pickTarget: '在白板上選取一張便利貼即可評論。',
    unresolved: (n) => `${n} 則未解決`,
    deleted: '此評論已刪除。',
  },
  versions: {
    name: '版本名稱',
    namePlaceholder: '例如：第一次工作坊之後',
    save: '儲存版本',
    none: '還沒有儲存的版本。',
    compare: '與目前對比',
    restore: '還原',
    confirmRestore: (name) =>
      `還原「${name}」？地圖和畫布都會回到該版本，取代此後的修改；他人同時或離線所做的修改會保留。`,
    restored: '版本已還原。',
    savedBy: (name) => `由 ${name} 儲存`,
    onlyFacilitator: '只有主持人可以儲存或還原版本。',
    comparison: (a, e, m, r) => `此後：新增 ${a}，編輯 ${e}，移動 ${m}，刪除 ${r}`,
    failed: (reason) => `操作失敗：${reason}`,
  },
  changes: {
    firstVisit: '這是你在本裝置上的首次造訪，之後的變化會被記錄。',
    none: '自上次造訪以來沒有變化。',
    summary: (n) => `自上次造訪以來有 ${n} 處變化（已在白板上標出）`,
    markSeen: '標記為已讀',
    kinds: { added: '新增', edited: '編輯', moved: '移動', removed: '刪除' },
    newComments: (n) => `${n} 則新評論`,
    stages: (n) => `${n} 個階段有變化`,
  },
  measure: {
    funnel: '漏斗',
    funnelHint: '每個階段第一個填寫了實際值的指標，例如進入該階段的客戶數。',
    conversion: '轉換率',
    biggestDrop: '最大流失點',
    noFunnel: '至少為兩個階段填寫指標實際值後即可查看漏斗。',
    kpis: '各階段指標',
    target: '目標',
    actual: '實際',
    responsibility: '負責部門與交接',
    owner: '負責部門',
    handoff: '交接給',
    deliverables: '交付物清單',
    noneSet: '—',
  },
}

export const FOLLOW_UP_MESSAGES: Dictionary<FollowUpMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }
