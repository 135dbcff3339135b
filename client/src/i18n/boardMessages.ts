import type { Dictionary, NoteColor, Role } from '@jm/shared'

/** Texts of the board editor (notes, toolbar, sharing, zoom). */
export interface BoardMessages {
  writtenBy: (name: string) => string
  noteToolbar: string
  selectedCount: (n: number) => string
  color: string
  colors: Record<NoteColor, string>
  emotion: string
  /** From -2 to +2. */
  emotionLabels: [string, string, string, string, string]
  addTag: string
  removeTag: string
  undo: string
  redo: string
  deletedNotes: (n: number) => string
  share: string
  shareTitle: string
  shareHint: string
  shareOffline: string
  roleHints: Record<Role, string>
  copy: string
  close: string
  zoom: string
  zoomIn: string
  zoomOut: string
  zoomReset: string
  zoomFit: string
  /** The board in small (board/minimap); `label` says how to use it, for screen readers. */
  minimap: { show: string; label: string }
  you: (name: string) => string
  follow: (name: string) => string
  stopFollowing: (name: string) => string
  following: (name: string) => string
  showCursors: string
  hideCursors: string
  isEditing: (name: string) => string
  shortcuts: string
  /** The selection bar's move of every selected note to the end of a chosen cell. */
  moveSelection: { label: string; move: string; moved: (n: number, cell: string) => string }
  clearSelection: string
  /** A long press picked notes up; the next tap on a cell places them. */
  carry: { hint: (n: number) => string; cancel: string }
  search: {
    label: string
    placeholder: string
    /** "3 of 12": the hit looked at. */
    position: (current: number, total: number) => string
    /** Before Enter picks one. */
    found: (total: number) => string
    none: string
    previous: string
    next: string
    onlyHits: string
  }
}

const en: BoardMessages = {
  writtenBy: (name) => `Written by ${name}`,
  noteToolbar: 'Note options',
  selectedCount: (n) => `${n} selected`,
  color: 'Colour',
  colors: {
    yellow: 'Yellow',
    pink: 'Pink',
    blue: 'Blue',
    green: 'Green',
    orange: 'Orange',
    purple: 'Purple',
    gray: 'Grey',
  },
  emotion: 'Emotion',
  emotionLabels: ['Very negative', 'Negative', 'Neutral', 'Positive', 'Very positive'],
  addTag: 'Add tag…',
  removeTag: 'Remove tag',
  undo: 'Undo',
  redo: 'Redo',
  deletedNotes: (n) => `${n} ${n === 1 ? 'note' : 'notes'} deleted`,
  share: 'Share',
  shareTitle: 'Share this board',
  shareHint: 'Anyone with a link joins the board in that role.',
  shareOffline: 'The links can be loaded only while online.',
  roleHints: {
    facilitator: 'runs the session, votes and timer',
    editor: 'adds and edits notes',
    viewer: 'can look, not change',
  },
  copy: 'Copy',
  close: 'Close',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset to 100%',
  zoomFit: 'Fit',
  minimap: {
    show: 'Map',
    label: 'Minimap of the board: press or drag to move the view, or use the arrow keys',
  },
  you: (name) => `You (${name})`,
  follow: (name) => `Follow ${name}'s view`,
  stopFollowing: (name) => `Stop following ${name}`,
  following: (name) => `Following ${name}`,
  showCursors: 'Show cursors',
  hideCursors: 'Hide cursors',
  isEditing: (name) => `${name} is editing`,
  shortcuts: 'Keyboard shortcuts',
  moveSelection: {
    label: 'Move to…',
    move: 'Move',
    moved: (n, cell) => `Moved ${n === 1 ? 'the note' : `${n} notes`} to ${cell}`,
  },
  clearSelection: 'Clear selection',
  carry: {
    hint: (n) => `Tap a cell to move ${n === 1 ? 'the note' : `${n} notes`} there`,
    cancel: 'Cancel',
  },
  search: {
    label: 'Search this board',
    placeholder: 'Search notes…',
    position: (current, total) => `${current} of ${total}`,
    found: (total) => `${total} ${total === 1 ? 'match' : 'matches'}`,
    none: 'No notes found',
    previous: 'Previous match',
    next: 'Next match',
    onlyHits: 'Only matches',
  },
}

const zhCN: BoardMessages = {
  writtenBy: (name) => `作者：${name}`,
  noteToolbar: '便利贴选项',
  selectedCount: (n) => `已选 ${n} 张`,
  color: '颜色',
  colors: {
    yellow: '黄色',
    pink: '粉色',
    blue: '蓝色',
    green: '绿色',
    orange: '橙色',
    purple: '紫色',
    gray: '灰色',
  },
  emotion: '情绪',
  emotionLabels: ['非常负面', '负面', '中性', '正面', '非常正面'],
  addTag: '添加标签…',
  removeTag: '移除标签',
  undo: '撤销',
  redo: '重做',
  deletedNotes: (n) => `已删除 ${n} 张便利贴`,
  share: '分享',
  shareTitle: '分享此白板',
  shareHint: '持有链接的人将以对应角色加入。',
  shareOffline: '仅在联网时可以加载链接。',
  roleHints: {
    facilitator: '主持会议、投票和计时',
    editor: '添加和编辑便利贴',
    viewer: '只能查看，不能修改',
  },
  copy: '复制',
  close: '关闭',
  zoom: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '恢复 100%',
  zoomFit: '适应窗口',
  minimap: { show: '缩略图', label: '看板缩略图：点按或拖动可移动视图，也可以用方向键' },
  you: (name) => `你（${name}）`,
  follow: (name) => `跟随 ${name} 的视图`,
  stopFollowing: (name) => `停止跟随 ${name}`,
  following: (name) => `正在跟随 ${name}`,
  showCursors: '显示光标',
  hideCursors: '隐藏光标',
  isEditing: (name) => `${name} 正在编辑`,
  shortcuts: '键盘快捷键',
  moveSelection: {
    label: '移到…',
    move: '移动',
    moved: (n, cell) => `已把${n === 1 ? '便签' : ` ${n} 张便签`}移到 ${cell}`,
  },
  clearSelection: '取消选择',
  carry: { hint: (n) => `点按一个单元格，把${n === 1 ? '便签' : ` ${n} 张便签`}移到那里`, cancel: '取消' },
  search: {
    label: '在本看板中搜索',
    placeholder: '搜索便签…',
    position: (current, total) => `第 ${current} 条，共 ${total} 条`,
    found: (total) => `找到 ${total} 条`,
    none: '没有找到便签',
    previous: '上一个结果',
    next: '下一个结果',
    onlyHits: '只看结果',
  },
}

const zhTW: BoardMessages = {
  writtenBy: (name) => `作者：${name}`,
  noteToolbar: '便利貼選項',
  selectedCount: (n) => `已選 ${n} 張`,
  color: '顏色',
  colors: {
    yellow: '黃色',
    pink: '粉色',
    blue: '藍色',
    green: '綠色',
    orange: '橙色',
    purple: '紫色',
    gray: '灰色',
  },
  emotion: '情緒',
  emotionLabels: ['非常負面', '負面', '中性', '正面', '非常正面'],
  addTag: '新增標籤…',
  removeTag: '移除標籤',
  undo: '復原',
  redo: '重做',
  deletedNotes: (n) => `已刪除 ${n} 張便利貼`,
  share: '分享',
  shareTitle: '分享此白板',
  shareHint: '持有連結的人將以對應角色加入。',
  shareOffline: '僅在連網時可以載入連結。',
  roleHints: {
    facilitator: '主持會議、投票與計時',
    editor: '新增與編輯便利貼',
    viewer: '只能檢視，不能修改',
  },
  copy: '複製',
  close: '關閉',
  zoom: '縮放',
  zoomIn: '放大',
  zoomOut: '縮小',
  zoomReset: '恢復 100%',
  zoomFit: '符合視窗',
  minimap: { show: '縮圖', label: '看板縮圖：點按或拖曳可移動視圖，也可以用方向鍵' },
  you: (name) => `你（${name}）`,
  follow: (name) => `跟隨 ${name} 的視圖`,
  stopFollowing: (name) => `停止跟隨 ${name}`,
  following: (name) => `正在跟隨 ${name}`,
  showCursors: '顯示游標',
  hideCursors: '隱藏游標',
  isEditing: (name) => `${name} 正在編輯`,
  shortcuts: '鍵盤快速鍵',
  moveSelection: {
    label: '移到…',
    move: '移動',
    moved: (n, cell) => `已把${n === 1 ? '便利貼' : ` ${n} 張便利貼`}移到 ${cell}`,
  },
  clearSelection: '取消選取',
  carry: {
    hint: (n) => `點按一個儲存格，把${n === 1 ? '便利貼' : ` ${n} 張便利貼`}移到那裡`,
    cancel: '取消',
  },
  search: {
    label: '在本看板中搜尋',
    placeholder: '搜尋便利貼…',
    position: (current, total) => `第 ${current} 筆，共 ${total} 筆`,
    found: (total) => `找到 ${total} 筆`,
    none: '找不到便利貼',
    previous: '上一個結果',
    next: '下一個結果',
    onlyHits: '只看結果',
  },
}

export const BOARD_MESSAGES: Dictionary<BoardMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }
