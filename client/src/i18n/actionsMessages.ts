import type { Dictionary } from '@jm/shared'

/** Texts of the actions: the panel listing them, the note toolbar's button and the vote result's. */
export interface ActionsMessages {
  button: string
  /** The top bar button's count of open actions and of overdue ones, for screen readers and the tooltip. */
  summary: (open: number, overdue: number) => string
  title: string
  close: string
  add: string
  newPlaceholder: string
  none: string
  readOnly: string
  fields: { title: string; owner: string; due: string; status: string; impact: string; effort: string }
  ownerPlaceholder: string
  overdue: string
  addresses: string
  noNotes: string
  selectNote: (text: string) => string
  unlink: string
  remove: string
  fromNotes: string
  fromNotesHint: string
  fromResults: (n: number) => string
  matrix: {
    open: string
    close: string
    title: string
    hint: string
    cell: (impact: number, effort: number) => string
    chip: (title: string, impact: number, effort: number) => string
    quickWins: string
    bigBets: string
    fillIns: string
    moneyPits: string
  }
  check: {
    title: (gaps: number) => string
    clear: string
    stageWithoutOwner: (stage: string) => string
    handoffWithoutReceiver: (stage: string) => string
    handoffUndescribed: (stage: string, from: string, to: string) => string
    ownerWithoutActions: (owner: string) => string
  }
}

const en: ActionsMessages = {
  button: 'Actions',
  summary: (open, overdue) =>
    `${open} open ${open === 1 ? 'action' : 'actions'}${overdue > 0 ? `, ${overdue} overdue` : ''}`,
  title: 'Actions',
  close: 'Close actions',
  add: 'Add',
  newPlaceholder: 'What will be done?',
  none: 'No actions yet. Add one here, or select a pain point or opportunity and choose “Create action”.',
  readOnly: 'You can read the actions; editors and facilitators change them.',
  fields: {
    title: 'Action',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    impact: 'Impact',
    effort: 'Effort',
  },
  ownerPlaceholder: 'Person or department',
  overdue: 'Overdue',
  addresses: 'Addresses',
  noNotes: 'No notes linked',
  selectNote: (text) => `Select the note “${text}” on the board`,
  unlink: 'No longer addresses this note',
  remove: 'Delete action',
  fromNotes: 'Create action',
  fromNotesHint: 'An action that addresses the selected notes, listed in the Actions panel',
  fromResults: (n) => `Create actions from the top ${n}`,
  matrix: {
    open: 'Impact / effort matrix',
    close: 'Close the matrix',
    title: 'Impact / effort matrix',
    hint: 'Drag an action to where the team places it, or focus it and use the arrow keys. Everyone sees the moves live; the action list follows the scores.',
    cell: (impact, effort) => `Impact ${impact}, effort ${effort}`,
    chip: (title, impact, effort) => `${title}: impact ${impact}, effort ${effort}. Arrow keys move it.`,
    quickWins: 'Quick wins: high impact, little effort',
    bigBets: 'Big bets: high impact, much effort',
    fillIns: 'Fill-ins: low impact, little effort',
    moneyPits: 'Money pits: low impact, much effort',
  },
  check: {
    title: (gaps) =>
      gaps === 0 ? 'Responsibility check: complete' : `Responsibility check: ${gaps} to settle`,
    clear: 'Every stage has an owner, every handover is written down and every owner has open actions.',
    stageWithoutOwner: (stage) => `“${stage}” has no owner department.`,
    handoffWithoutReceiver: (stage) =>
      `“${stage}” hands over, but the next stage has no owner to receive it.`,
    handoffUndescribed: (stage, from, to) => `From “${stage}”, ${from} hands over to ${to}: write down how.`,
    ownerWithoutActions: (owner) => `${owner} owns stages but has no open action.`,
  },
}

const zhCN: ActionsMessages = {
  button: '行动项',
  summary: (open, overdue) => `${open} 项未完成${overdue > 0 ? `，${overdue} 项已逾期` : ''}`,
  title: '行动项',
  close: '关闭行动项',
  add: '添加',
  newPlaceholder: '要做什么？',
  none: '还没有行动项。可在此添加，或选中一张痛点或机会便利贴，点“创建行动项”。',
  readOnly: '你可以查看行动项；编辑者和主持人可以修改。',
  fields: { title: '行动', owner: '负责人', due: '截止日期', status: '状态', impact: '影响', effort: '投入' },
  ownerPlaceholder: '人员或部门',
  overdue: '已逾期',
  addresses: '针对',
  noNotes: '未关联便利贴',
  selectNote: (text) => `在白板上选中便利贴“${text}”`,
  unlink: '不再针对这张便利贴',
  remove: '删除行动项',
  fromNotes: '创建行动项',
  fromNotesHint: '针对所选便利贴创建行动项，列在“行动项”面板中',
  fromResults: (n) => `为前 ${n} 名创建行动项`,
  matrix: {
    open: '影响 / 投入矩阵',
    close: '关闭矩阵',
    title: '影响 / 投入矩阵',
    hint: '把行动项拖到团队认定的位置，或选中后用方向键移动。所有人实时看到移动；行动项列表按分数排序。',
    cell: (impact, effort) => `影响 ${impact}，投入 ${effort}`,
    chip: (title, impact, effort) => `${title}：影响 ${impact}，投入 ${effort}。可用方向键移动。`,
    quickWins: '速赢：影响大、投入小',
    bigBets: '大赌注：影响大、投入大',
    fillIns: '填空：影响小、投入小',
    moneyPits: '费力不讨好：影响小、投入大',
  },
  check: {
    title: (gaps) => (gaps === 0 ? '责任检查：完整' : `责任检查：${gaps} 项待明确`),
    clear: '每个阶段都有负责部门，每次交接都已写明，每个负责部门都有未完成的行动项。',
    stageWithoutOwner: (stage) => `“${stage}”没有负责部门。`,
    handoffWithoutReceiver: (stage) => `“${stage}”要交接，但下一阶段没有负责部门接手。`,
    handoffUndescribed: (stage, from, to) => `在“${stage}”之后由 ${from} 交给 ${to}：请写明如何交接。`,
    ownerWithoutActions: (owner) => `${owner} 负责若干阶段，但没有未完成的行动项。`,
  },
}

const zhTW: ActionsMessages = {
  button: '行動項',
  summary: (open, overdue) => `${open} 項未完成${overdue > 0 ? `，${overdue} 項已逾期` : ''}`,
  title: '行動項',
  close: '關閉行動項',
  add: '新增',
  newPlaceholder: '要做什麼？',
  none: '還沒有行動項。可在此新增，或選取一張痛點或機會便利貼，點「建立行動項」。',
  readOnly: '你可以檢視行動項；編輯者和主持人可以修改。',
  fields: { title: '行動', owner: '負責人', due: '截止日期', status: '狀態', impact: '影響', effort: '投入' },
  ownerPlaceholder: '人員或部門',
  overdue: '已逾期',
  addresses: '針對',
  noNotes: '未連結便利貼',
  selectNote: (text) => `在白板上選取便利貼「${text}」`,
  unlink: '不再針對這張便利貼',
  remove: '刪除行動項',
  fromNotes: '建立行動項',
  fromNotesHint: '針對所選便利貼建立行動項，列在「行動項」面板中',
  fromResults: (n) => `為前 ${n} 名建立行動項`,
  matrix: {
    open: '影響 / 投入矩陣',
    close: '關閉矩陣',
    title: '影響 / 投入矩陣',
    hint: '把行動項拖到團隊認定的位置，或選取後用方向鍵移動。所有人即時看到移動；行動項清單依分數排序。',
    cell: (impact, effort) => `影響 ${impact}，投入 ${effort}`,
    chip: (title, impact, effort) => `${title}：影響 ${impact}，投入 ${effort}。可用方向鍵移動。`,
    quickWins: '速贏：影響大、投入小',
    bigBets: '大賭注：影響大、投入大',
    fillIns: '填空：影響小、投入小',
    moneyPits: '費力不討好：影響小、投入大',
  },
  check: {
    title: (gaps) => (gaps === 0 ? '責任檢查：完整' : `責任檢查：${gaps} 項待明確`),
    clear: '每個階段都有負責部門，每次交接都已寫明，每個負責部門都有未完成的行動項。',
    stageWithoutOwner: (stage) => `「${stage}」沒有負責部門。`,
    handoffWithoutReceiver: (stage) => `「${stage}」要交接，但下一階段沒有負責部門接手。`,
    handoffUndescribed: (stage, from, to) => `在「${stage}」之後由 ${from} 交給 ${to}：請寫明如何交接。`,
    ownerWithoutActions: (owner) => `${owner} 負責一些階段，但沒有未完成的行動項。`,
  },
}

export const ACTIONS_MESSAGES: Dictionary<ActionsMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }
