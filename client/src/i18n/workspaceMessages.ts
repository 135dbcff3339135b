import type { Dictionary } from '@jm/shared'
import type { WebhookDelivery, WebhookEventType, WebhookFormat } from '@jm/shared/api/workspaces'
import type { SearchKind, WorkspaceRole } from '@jm/shared/workspaces'

/** Texts of the workspace page and of the landing page's workspace list (loaded with them, not with boards). */
export interface WorkspaceMessages {
  workspace: string
  roles: Record<WorkspaceRole, string>
  boardCount: (count: number) => string
  loading: string
  unreachable: string
  invalidLink: string
  failed: (reason: string) => string
  newBoard: string
  newBoardTitle: string
  create: string
  search: string
  searchHint: string
  noHits: string
  kinds: Record<SearchKind, string>
  filters: {
    mapType: string
    persona: string
    template: string
    department: string
    updated: string
    all: string
    anyTime: string
    withinDays: (days: number) => string
    showArchived: string
  }
  sort: {
    label: string
    updated: string
    title: string
    pains: string
    notes: string
  }
  card: {
    untitled: string
    noPersona: string
    notes: (count: number) => string
    openPains: (count: number) => string
    openActions: (count: number) => string
    changed: (when: string) => string
    changedBy: (when: string, who: string) => string
    archived: string
    open: string
    archive: string
    restore: string
    remap: string
    remapHint: string
  }
  empty: string
  noMatch: string
  share: {
    title: string
    owner: string
    member: string
    copy: string
    copied: string
  }
  views: { boards: string; actions: (open: number) => string; webhooks: string }
  people: { title: (count: number) => string; lastSeen: (when: string) => string }
  webhooks: {
    intro: string
    url: string
    urlPlaceholder: string
    format: string
    formats: Record<WebhookFormat, string>
    events: string
    eventNames: Record<WebhookEventType, string>
    add: string
    secretOnce: string
    none: string
    log: string
    remove: string
    noDeliveries: string
    statuses: Record<WebhookDelivery['status'], string>
    attempts: (count: number) => string
  }
  actionList: {
    board: string
    stage: string
    anyOwner: string
    anyStatus: string
    anyMapType: string
    stageFilter: string
    overdueOnly: string
    none: string
    noMatch: string
    openBoard: (title: string) => string
  }
  landing: {
    title: string
    none: string
    name: string
    namePlaceholder: string
    create: string
  }
}

export const WORKSPACE_MESSAGES: Dictionary<WorkspaceMessages> = {
  en: {
    workspace: 'Workspace',
    roles: { owner: 'Owner', member: 'Member' },
    boardCount: (count) => (count === 1 ? '1 board' : `${count} boards`),
    loading: 'Loading the workspace…',
    unreachable:
      'The server is out of reach. The directory and search need it; boards you opened before still work offline.',
    invalidLink:
      'This workspace link is not valid (it may have been replaced). Ask the owner for the current one.',
    failed: (reason) => `That did not work: ${reason}`,
    newBoard: 'New board',
    newBoardTitle: 'Title of the new board',
    create: 'Create',
    search: 'Search',
    searchHint: 'Search notes, stages, comments, personas, titles…',
    noHits: 'Nothing found.',
    kinds: { board: 'Board', stage: 'Stage', note: 'Note', comment: 'Comment', persona: 'Persona' },
    filters: {
      mapType: 'Map type',
      persona: 'Persona',
      template: 'Template',
      department: 'Owner department',
      updated: 'Updated',
      all: 'All',
      anyTime: 'Any time',
      withinDays: (days) => `In the last ${days} days`,
      showArchived: 'Show archived boards',
    },
    sort: {
      label: 'Sort by',
      updated: 'Last change',
      title: 'Title',
      pains: 'Open pain points',
      notes: 'Notes',
    },
    card: {
      untitled: 'Untitled board',
      noPersona: 'No persona',
      notes: (count) => (count === 1 ? '1 note' : `${count} notes`),
      openPains: (count) => (count === 1 ? '1 open pain point' : `${count} open pain points`),
      openActions: (count) => (count === 1 ? '1 open action' : `${count} open actions`),
      changed: (when) => `Changed ${when}`,
      changedBy: (when, who) => `Changed ${when} by ${who}`,
      archived: 'Archived',
      open: 'Open',
      archive: 'Archive',
      restore: 'Restore',
      remap: 'Re-map',
      remapHint: 'New board with the same stages, lanes, persona and KPI targets, without notes',
    },
    empty: 'No boards here yet. Create the first one.',
    noMatch: 'No board matches these filters.',
    share: {
      title: 'Share this workspace',
      owner: 'Owner link (can archive and manage)',
      member: 'Member link (can create and edit boards)',
      copy: 'Copy',
      copied: 'Copied',
    },
    views: { boards: 'Boards', actions: (open) => `Actions (${open} open)`, webhooks: 'Webhooks' },
    people: {
      title: (count) => (count === 1 ? '1 person' : `${count} people`),
      lastSeen: (when) => `Last joined a board ${when}`,
    },
    webhooks: {
      intro:
        'Tell a chat channel or another tool when an action gets an owner or is done, or someone is mentioned. Chat bots (Feishu, DingTalk, WeCom, Slack) get a line of text; JSON is signed with a secret (see the README).',
      url: 'Receiver URL',
      urlPlaceholder: 'https://… incoming webhook URL',
      format: 'Format',
      formats: {
        json: 'JSON (signed)',
        feishu: 'Feishu bot',
        dingtalk: 'DingTalk bot',
        wecom: 'WeCom bot',
        slack: 'Slack',
      },
      events: 'Tell of',
      eventNames: {
        'action.assigned': 'Action assigned',
        'action.done': 'Action done',
        'comment.mention': 'Mention',
      },
      add: 'Add webhook',
      secretOnce: 'Its signing secret, shown this once:',
      none: 'No webhooks yet.',
      log: 'Delivery log',
      remove: 'Remove',
      noDeliveries: 'Nothing delivered yet.',
      statuses: { pending: 'Retrying', delivered: 'Delivered', failed: 'Failed' },
      attempts: (count) => (count === 1 ? '1 attempt' : `${count} attempts`),
    },
    actionList: {
      board: 'Board',
      stage: 'Stage',
      anyOwner: 'Every owner',
      anyStatus: 'Every status',
      anyMapType: 'Every map type',
      stageFilter: 'Stage name',
      overdueOnly: 'Overdue only',
      none: 'No actions on this workspace’s boards yet. Create them on a board from pain points, opportunities or a vote’s results.',
      noMatch: 'No action matches these filters.',
      openBoard: (title) => `Open the board “${title}”`,
    },
    landing: {
      title: 'Workspaces',
      none: 'No workspaces on this device yet.',
      name: 'Workspace name',
      namePlaceholder: 'e.g. Customer experience team',
      create: 'Create workspace',
    },
  },
  'zh-CN': {
    workspace: '工作区',
    roles: { owner: '所有者', member: '成员' },
    boardCount: (count) => `${count} 个看板`,
    loading: '正在加载工作区…',
    unreachable: '无法连接服务器。看板目录和搜索需要服务器；之前打开过的看板仍可离线使用。',
    invalidLink: '此工作区链接无效（可能已被更换）。请向所有者索取当前链接。',
    failed: (reason) => `操作失败：${reason}`,
    newBoard: '新建看板',
    newBoardTitle: '新看板的标题',
    create: '创建',
    search: '搜索',
    searchHint: '搜索便利贴、阶段、评论、买家角色、标题…',
    noHits: '没有找到结果。',
    kinds: { board: '看板', stage: '阶段', note: '便利贴', comment: '评论', persona: '买家角色' },
    filters: {
      mapType: '地图类型',
      persona: '买家角色',
      template: '模板',
      department: '负责部门',
      updated: '更新时间',
      all: '全部',
      anyTime: '任何时间',
      withinDays: (days) => `最近 ${days} 天`,
      showArchived: '显示已归档的看板',
    },
    sort: { label: '排序', updated: '最近修改', title: '标题', pains: '未解决痛点', notes: '便利贴数' },
    card: {
      untitled: '未命名看板',
      noPersona: '无买家角色',
      notes: (count) => `${count} 张便利贴`,
      openPains: (count) => `${count} 个未解决痛点`,
      openActions: (count) => `${count} 项未完成行动`,
      changed: (when) => `最后修改：${when}`,
      changedBy: (when, who) => `最后修改：${when}（${who}）`,
      archived: '已归档',
      open: '打开',
      archive: '归档',
      restore: '恢复',
      remap: '重新绘制',
      remapHint: '新建看板：沿用相同的阶段、泳道、买家角色和 KPI 目标，不含便利贴',
    },
    empty: '这里还没有看板。创建第一个吧。',
    noMatch: '没有符合筛选条件的看板。',
    share: {
      title: '分享此工作区',
      owner: '所有者链接（可归档和管理）',
      member: '成员链接（可创建和编辑看板）',
      copy: '复制',
      copied: '已复制',
    },
    views: { boards: '看板', actions: (open) => `行动项（${open} 项未完成）`, webhooks: 'Webhook' },
    people: { title: (count) => `${count} 位成员`, lastSeen: (when) => `最近加入看板：${when}` },
    webhooks: {
      intro:
        '当行动项被分配或完成、有人被 @ 提到时，通知聊天群或其他工具。聊天机器人（飞书、钉钉、企业微信、Slack）收到一行文字；JSON 用密钥签名（见 README）。',
      url: '接收地址',
      urlPlaceholder: 'https://… 机器人 Webhook 地址',
      format: '格式',
      formats: {
        json: 'JSON（签名）',
        feishu: '飞书机器人',
        dingtalk: '钉钉机器人',
        wecom: '企业微信机器人',
        slack: 'Slack',
      },
      events: '通知内容',
      eventNames: {
        'action.assigned': '行动项已分配',
        'action.done': '行动项已完成',
        'comment.mention': '@ 提到',
      },
      add: '添加 Webhook',
      secretOnce: '签名密钥（只显示这一次）：',
      none: '还没有 Webhook。',
      log: '投递记录',
      remove: '删除',
      noDeliveries: '还没有投递。',
      statuses: { pending: '重试中', delivered: '已送达', failed: '失败' },
      attempts: (count) => `${count} 次尝试`,
    },
    actionList: {
      board: '看板',
      stage: '阶段',
      anyOwner: '所有负责人',
      anyStatus: '所有状态',
      anyMapType: '所有地图类型',
      stageFilter: '阶段名称',
      overdueOnly: '只看已逾期',
      none: '此工作区的看板上还没有行动项。可以在看板上从痛点、机会或投票结果创建。',
      noMatch: '没有符合这些筛选条件的行动项。',
      openBoard: (title) => `打开看板“${title}”`,
    },
    landing: {
      title: '工作区',
      none: '此设备上还没有工作区。',
      name: '工作区名称',
      namePlaceholder: '例如：客户体验团队',
      create: '创建工作区',
    },
  },
  'zh-TW': {
    workspace: '工作區',
    roles: { owner: '擁有者', member: '成員' },
    boardCount: (count) => `${count} 個看板`,
    loading: '正在載入工作區…',
    unreachable: '無法連線到伺服器。看板目錄和搜尋需要伺服器；之前開啟過的看板仍可離線使用。',
    invalidLink: '此工作區連結無效（可能已被更換）。請向擁有者索取目前的連結。',
    failed: (reason) => `操作失敗：${reason}`,
    newBoard: '新增看板',
    newBoardTitle: '新看板的標題',
    create: '建立',
    search: '搜尋',
    searchHint: '搜尋便利貼、階段、評論、買家角色、標題…',
    noHits: '找不到結果。',
    kinds: { board: '看板', stage: '階段', note: '便利貼', comment: '評論', persona: '買家角色' },
    filters: {
      mapType: '地圖類型',
      persona: '買家角色',
      template: '範本',
      department: '負責部門',
      updated: '更新時間',
      all: '全部',
      anyTime: '任何時間',
      withinDays: (days) => `最近 ${days} 天`,
      showArchived: '顯示已封存的看板',
    },
    sort: { label: '排序', updated: '最近修改', title: '標題', pains: '未解決痛點', notes: '便利貼數' },
    card: {
      untitled: '未命名看板',
      noPersona: '無買家角色',
      notes: (count) => `${count} 張便利貼`,
      openPains: (count) => `${count} 個未解決痛點`,
      openActions: (count) => `${count} 項未完成行動`,
      changed: (when) => `最後修改：${when}`,
      changedBy: (when, who) => `最後修改：${when}（${who}）`,
      archived: '已封存',
      open: '開啟',
      archive: '封存',
      restore: '還原',
      remap: '重新繪製',
      remapHint: '新增看板：沿用相同的階段、泳道、買家角色和 KPI 目標，不含便利貼',
    },
    empty: '這裡還沒有看板。建立第一個吧。',
    noMatch: '沒有符合篩選條件的看板。',
    share: {
      title: '分享此工作區',
      owner: '擁有者連結（可封存和管理）',
      member: '成員連結（可建立和編輯看板）',
      copy: '複製',
      copied: '已複製',
    },
    views: { boards: '看板', actions: (open) => `行動項（${open} 項未完成）`, webhooks: 'Webhook' },
    people: { title: (count) => `${count} 位成員`, lastSeen: (when) => `最近加入看板：${when}` },
    webhooks: {
      intro:
        '當行動項被指派或完成、有人被 @ 提到時，通知聊天群組或其他工具。聊天機器人（飛書、釘釘、企業微信、Slack）收到一行文字；JSON 以密鑰簽章（見 README）。',
      url: '接收網址',
      urlPlaceholder: 'https://… 機器人 Webhook 網址',
      format: '格式',
      formats: {
        json: 'JSON（簽章）',
        feishu: '飛書機器人',
        dingtalk: '釘釘機器人',
        wecom: '企業微信機器人',
        slack: 'Slack',
      },
      events: '通知內容',
      eventNames: {
        'action.assigned': '行動項已指派',
        'action.done': '行動項已完成',
        'comment.mention': '@ 提到',
      },
      add: '新增 Webhook',
      secretOnce: '簽章密鑰（只顯示這一次）：',
      none: '還沒有 Webhook。',
      log: '投遞紀錄',
      remove: '刪除',
      noDeliveries: '還沒有投遞。',
      statuses: { pending: '重試中', delivered: '已送達', failed: '失敗' },
      attempts: (count) => `${count} 次嘗試`,
    },
    actionList: {
      board: '看板',
      stage: '階段',
      anyOwner: '所有負責人',
      anyStatus: '所有狀態',
      anyMapType: '所有地圖類型',
      stageFilter: '階段名稱',
      overdueOnly: '只看已逾期',
      none: '此工作區的看板上還沒有行動項。可以在看板上從痛點、機會或投票結果建立。',
      noMatch: '沒有符合這些篩選條件的行動項。',
      openBoard: (title) => `開啟看板「${title}」`,
    },
    landing: {
      title: '工作區',
      none: '此裝置上還沒有工作區。',
      name: '工作區名稱',
      namePlaceholder: '例如：客戶體驗團隊',
      create: '建立工作區',
    },
  },
}
