import type { Dictionary } from '@jm/shared'

/** Texts of the landing page, the join page and the board's frame (status, role, deletion). */
export interface AppMessages {
  appName: string
  tagline: string
  createBoard: string
  boardTitle: string
  boardTitlePlaceholder: string
  template: string
  mapType: string
  recentBoards: string
  noRecentBoards: string
  yourName: string
  join: string
  joinAs: (role: string) => string
  /** The join page's heading until the board's title has arrived. */
  joinBoard: string
  status: {
    online: string
    offline: string
    connecting: string
    unsaved: (count: number) => string
    offlineUnsaved: (count: number) => string
  }
  addNote: string
  deleteNote: string
  deleteBoard: {
    action: string
    question: string
    explain: (title: string) => string
    confirm: string
    cancel: string
    failed: (reason: string) => string
  }
  /** The dialog of a device that learns its board was deleted by someone else. */
  boardDeleted: {
    title: string
    explain: (title: string) => string
    exportCopy: string
    exporting: string
    forget: string
  }
  emptyCell: string
  readOnly: string
  /** The top bar's button that opens its secondary controls on a phone. */
  more: string
  newerSchema: string
  archivedBoard: string
  invalidLink: string
  stage: string
  lane: string
  roles: Record<'facilitator' | 'editor' | 'viewer', string>
  language: string
  loading: string
}

export const APP_MESSAGES: Dictionary<AppMessages> = {
  en: {
    appName: 'Journey Map',
    tagline: 'Map your B2B customer journey together, live or offline.',
    createBoard: 'Create board',
    boardTitle: 'Board title',
    boardTitlePlaceholder: 'e.g. Enterprise onboarding, Q3',
    template: 'Template',
    mapType: 'Map type',
    recentBoards: 'Recent boards',
    noRecentBoards: 'Boards you open appear here.',
    yourName: 'Your name',
    join: 'Join board',
    joinAs: (role) => `Your role on this board: ${role}.`,
    joinBoard: 'Join the board',
    status: {
      online: 'Online · all changes saved',
      offline: 'Offline · changes are kept on this device',
      connecting: 'Connecting…',
      unsaved: (n) => `${n} ${n === 1 ? 'change' : 'changes'} not yet saved`,
      offlineUnsaved: (n) => `Offline · ${n} ${n === 1 ? 'change' : 'changes'} not yet saved`,
    },
    addNote: 'Add note',
    deleteNote: 'Delete note',
    deleteBoard: {
      action: 'Delete board',
      question: 'Delete this board for everyone?',
      explain: (title) =>
        `“${title}” and everything on it (notes, votes, versions) will be removed from the server, and every share link will stop working. This cannot be undone.`,
      confirm: 'Delete board',
      cancel: 'Cancel',
      failed: (reason) => `The board was not deleted: ${reason}`,
    },
    boardDeleted: {
      title: 'This board was deleted',
      explain: (title) =>
        `The facilitator deleted “${title}” for everyone; it is no longer on the server. This device still holds its copy, including any changes not yet synced. Export it to keep it, then forget it to remove it from this device.`,
      exportCopy: 'Export my copy (JSON)',
      exporting: 'Preparing…',
      forget: 'Forget it',
    },
    emptyCell: 'Double-click to add',
    readOnly: 'View only',
    more: 'More',
    newerSchema: 'This board was saved by a newer version of the app; it is shown read-only.',
    archivedBoard:
      'This board is archived: everyone can read and export it, no one can change it. The workspace owner or the board’s facilitator can restore it on the workspace page.',
    invalidLink: 'This link is missing its access token. Ask the facilitator for a new link.',
    stage: 'Stage',
    lane: 'Lane',
    roles: { facilitator: 'Facilitator', editor: 'Editor', viewer: 'Viewer' },
    language: 'Language',
    loading: 'Loading board…',
  },
  'zh-CN': {
    appName: '客户旅程地图',
    tagline: '与团队一起绘制 B2B 客户旅程，在线离线都能用。',
    createBoard: '创建白板',
    boardTitle: '白板标题',
    boardTitlePlaceholder: '例如：企业客户入职，第三季度',
    template: '模板',
    mapType: '地图类型',
    recentBoards: '最近的白板',
    noRecentBoards: '打开过的白板会显示在这里。',
    yourName: '你的名字',
    join: '加入白板',
    joinAs: (role) => `你将以${role}身份加入。`,
    joinBoard: '加入白板',
    status: {
      online: '在线 · 所有更改已保存',
      offline: '离线 · 更改保存在本设备',
      connecting: '连接中…',
      unsaved: (n) => `${n} 项更改尚未保存`,
      offlineUnsaved: (n) => `离线 · ${n} 项更改尚未保存`,
    },
    addNote: '添加便利贴',
    deleteNote: '删除便利贴',
    deleteBoard: {
      action: '删除白板',
      question: '要为所有人删除此白板吗？',
      explain: (title) =>
        `“${title}”及其全部内容（便利贴、投票、版本）将从服务器删除，所有分享链接都将失效。此操作无法撤销。`,
      confirm: '删除白板',
      cancel: '取消',
      failed: (reason) => `白板未被删除：${reason}`,
    },
    boardDeleted: {
      title: '此白板已被删除',
      explain: (title) =>
        `主持人已为所有人删除“${title}”，服务器上已不再保留。本设备仍有一份副本，包括尚未同步的更改。可以先导出保存，再将其从本设备移除。`,
      exportCopy: '导出我的副本（JSON）',
      exporting: '正在准备…',
      forget: '从本设备移除',
    },
    emptyCell: '双击添加',
    readOnly: '只读',
    more: '更多',
    newerSchema: '此白板由更新版本的应用保存，当前以只读方式显示。',
    archivedBoard:
      '此白板已归档：所有人都可以查看和导出，但不能修改。工作区所有者或本白板的主持人可以在工作区页面恢复它。',
    invalidLink: '此链接缺少访问令牌，请向主持人索取新链接。',
    stage: '阶段',
    lane: '泳道',
    roles: { facilitator: '主持人', editor: '编辑者', viewer: '查看者' },
    language: '语言',
    loading: '正在加载白板…',
  },
  'zh-TW': {
    appName: '客戶旅程地圖',
    tagline: '與團隊一起繪製 B2B 客戶旅程，線上離線都能用。',
    createBoard: '建立白板',
    boardTitle: '白板標題',
    boardTitlePlaceholder: '例如：企業客戶導入，第三季',
    template: '範本',
    mapType: '地圖類型',
    recentBoards: '最近的白板',
    noRecentBoards: '開啟過的白板會顯示在這裡。',
    yourName: '你的名字',
    join: '加入白板',
    joinAs: (role) => `你將以${role}身分加入。`,
    joinBoard: '加入白板',
    status: {
      online: '線上 · 所有變更已儲存',
      offline: '離線 · 變更保存在本裝置',
      connecting: '連線中…',
      unsaved: (n) => `${n} 項變更尚未儲存`,
      offlineUnsaved: (n) => `離線 · ${n} 項變更尚未儲存`,
    },
    addNote: '新增便利貼',
    deleteNote: '刪除便利貼',
    deleteBoard: {
      action: '刪除白板',
      question: '要為所有人刪除此白板嗎？',
      explain: (title) =>
        `「${title}」及其全部內容（便利貼、投票、版本）將從伺服器刪除，所有分享連結都將失效。此操作無法復原。`,
      confirm: '刪除白板',
      cancel: '取消',
      failed: (reason) => `白板未被刪除：${reason}`,
    },
    boardDeleted: {
      title: '此白板已被刪除',
      explain: (title) =>
        `主持人已為所有人刪除「${title}」，伺服器上已不再保留。本裝置仍有一份副本，包括尚未同步的變更。可以先匯出保存，再將其從本裝置移除。`,
      exportCopy: '匯出我的副本（JSON）',
      exporting: '正在準備…',
      forget: '從本裝置移除',
    },
    emptyCell: '雙擊新增',
    readOnly: '唯讀',
    more: '更多',
    newerSchema: '此白板由較新版本的應用程式儲存，目前以唯讀方式顯示。',
    archivedBoard:
      '此白板已封存：所有人都可以檢視和匯出，但不能修改。工作區擁有者或本白板的主持人可以在工作區頁面還原它。',
    invalidLink: '此連結缺少存取權杖，請向主持人索取新連結。',
    stage: '階段',
    lane: '泳道',
    roles: { facilitator: '主持人', editor: '編輯者', viewer: '檢視者' },
    language: '語言',
    loading: '正在載入白板…',
  },
}
