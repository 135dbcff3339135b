import type { Dictionary } from '@jm/shared'

export interface Shortcut {
  keys: string[]
  action: string
}

/** The shortcut sheet's texts; they load with the sheet, on the first "?". */
export interface ShortcutMessages {
  title: string
  close: string
  groups: { title: string; shortcuts: Shortcut[] }[]
}

const en: ShortcutMessages = {
  title: 'Keyboard shortcuts',
  close: 'Close',
  groups: [
    {
      title: 'Notes',
      shortcuts: [
        { keys: ['←', '↑', '→', '↓'], action: 'Move between cells and notes' },
        { keys: ['N'], action: 'New note in the cell' },
        { keys: ['Enter'], action: 'Edit the note (in an empty cell: new note)' },
        { keys: ['Shift', '↑ ↓ ← →'], action: 'Add the next note to the selection' },
        { keys: ['Ctrl/⌘', 'A'], action: 'Select every note of the cell' },
        { keys: ['drag'], action: "From a cell's empty space: select the notes in the box" },
        { keys: ['Alt', '↑ ↓ ← →'], action: 'Move the note (reorder, or to the next cell)' },
        { keys: ['Delete'], action: 'Delete the selected notes' },
        {
          keys: ['Ctrl/⌘', 'C / X / V'],
          action: 'Copy, cut, paste notes (a spreadsheet table: a note per cell)',
        },
        { keys: ['Ctrl/⌘', 'D'], action: 'Duplicate the selected notes' },
        { keys: ['Esc'], action: 'Stop editing, clear the selection, close a panel' },
      ],
    },
    {
      title: 'Board',
      shortcuts: [
        { keys: ['Ctrl/⌘', 'Z'], action: 'Undo your last change' },
        { keys: ['Ctrl/⌘', 'Shift', 'Z'], action: 'Redo' },
        { keys: ['Ctrl/⌘', 'F'], action: 'Search this board' },
        { keys: ['Enter'], action: 'In the search: next match (Shift+Enter: previous)' },
        { keys: ['?'], action: 'Show these shortcuts' },
      ],
    },
    {
      title: 'View',
      shortcuts: [
        { keys: ['Space', 'drag'], action: 'Pan the board' },
        { keys: ['Ctrl/⌘', 'wheel'], action: 'Zoom (or pinch on a trackpad)' },
        { keys: ['Z'], action: 'Zoom to the stage of the focused cell' },
      ],
    },
  ],
}

const zhCN: ShortcutMessages = {
  title: '键盘快捷键',
  close: '关闭',
  groups: [
    {
      title: '便签',
      shortcuts: [
        { keys: ['←', '↑', '→', '↓'], action: '在单元格和便签之间移动' },
        { keys: ['N'], action: '在单元格中新建便签' },
        { keys: ['Enter'], action: '编辑便签（空单元格中：新建便签）' },
        { keys: ['Shift', '↑ ↓ ← →'], action: '把下一张便签加入选择' },
        { keys: ['Ctrl/⌘', 'A'], action: '选择单元格中的所有便签' },
        { keys: ['拖动'], action: '从单元格空白处拖出方框：选择框内的便签' },
        { keys: ['Alt', '↑ ↓ ← →'], action: '移动便签（调整顺序或移到相邻单元格）' },
        { keys: ['Delete'], action: '删除所选便签' },
        { keys: ['Ctrl/⌘', 'C / X / V'], action: '复制、剪切、粘贴便签（表格：每个单元格一张便签）' },
        { keys: ['Ctrl/⌘', 'D'], action: '复制一份所选便签' },
        { keys: ['Esc'], action: '结束编辑、清除选择、关闭面板' },
      ],
    },
    {
      title: '看板',
      shortcuts: [
        { keys: ['Ctrl/⌘', 'Z'], action: '撤销你的上一步' },
        { keys: ['Ctrl/⌘', 'Shift', 'Z'], action: '重做' },
        { keys: ['Ctrl/⌘', 'F'], action: '在本看板中搜索' },
        { keys: ['Enter'], action: '搜索框中：下一个结果（Shift+Enter：上一个）' },
        { keys: ['?'], action: '显示这些快捷键' },
      ],
    },
    {
      title: '视图',
      shortcuts: [
        { keys: ['空格', '拖动'], action: '平移看板' },
        { keys: ['Ctrl/⌘', '滚轮'], action: '缩放（触控板上可双指缩放）' },
        { keys: ['Z'], action: '缩放到当前单元格所在的阶段' },
      ],
    },
  ],
}

const zhTW: ShortcutMessages = {
  title: '鍵盤快速鍵',
  close: '關閉',
  groups: [
    {
      title: '便利貼',
      shortcuts: [
        { keys: ['←', '↑', '→', '↓'], action: '在儲存格和便利貼之間移動' },
        { keys: ['N'], action: '在儲存格中新增便利貼' },
        { keys: ['Enter'], action: '編輯便利貼（空儲存格中：新增便利貼）' },
        { keys: ['Shift', '↑ ↓ ← →'], action: '把下一張便利貼加入選取' },
        { keys: ['Ctrl/⌘', 'A'], action: '選取儲存格中的所有便利貼' },
        { keys: ['拖曳'], action: '從儲存格空白處拖出方框：選取框內的便利貼' },
        { keys: ['Alt', '↑ ↓ ← →'], action: '移動便利貼（調整順序或移到相鄰儲存格）' },
        { keys: ['Delete'], action: '刪除所選便利貼' },
        { keys: ['Ctrl/⌘', 'C / X / V'], action: '複製、剪下、貼上便利貼（表格：每個儲存格一張便利貼）' },
        { keys: ['Ctrl/⌘', 'D'], action: '再製所選便利貼' },
        { keys: ['Esc'], action: '結束編輯、清除選取、關閉面板' },
      ],
    },
    {
      title: '看板',
      shortcuts: [
        { keys: ['Ctrl/⌘', 'Z'], action: '復原你的上一步' },
        { keys: ['Ctrl/⌘', 'Shift', 'Z'], action: '重做' },
        { keys: ['Ctrl/⌘', 'F'], action: '在本看板中搜尋' },
        { keys: ['Enter'], action: '搜尋框中：下一個結果（Shift+Enter：上一個）' },
        { keys: ['?'], action: '顯示這些快速鍵' },
      ],
    },
    {
      title: '檢視',
      shortcuts: [
        { keys: ['空白鍵', '拖曳'], action: '平移看板' },
        { keys: ['Ctrl/⌘', '滾輪'], action: '縮放（觸控板上可雙指縮放）' },
        { keys: ['Z'], action: '縮放到目前儲存格所在的階段' },
      ],
    },
  ],
}

export const SHORTCUT_MESSAGES: Dictionary<ShortcutMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }
