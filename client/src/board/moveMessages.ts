import type { Dictionary } from '@jm/shared'

/** What a screen reader hears after a note is moved with Alt and the arrow keys (keyboardMove.ts). */
export interface MoveMessages {
  /** `cell` names the stage and lane; `position` counts from 1 among the cell's `count` notes. */
  moved: (cell: string, position: number, count: number) => string
  /** Alt+arrow at the board's edge, or into a cell the facilitator has closed. */
  cannotMove: string
}

const en: MoveMessages = {
  moved: (cell, position, count) => `Moved to ${cell}, ${position} of ${count}`,
  cannotMove: 'The note cannot move that way',
}

const zhCN: MoveMessages = {
  moved: (cell, position, count) => `已移到 ${cell}，第 ${position} 张，共 ${count} 张`,
  cannotMove: '便利贴无法往这个方向移动',
}

const zhTW: MoveMessages = {
  moved: (cell, position, count) => `已移到 ${cell}，第 ${position} 張，共 ${count} 張`,
  cannotMove: '便利貼無法往這個方向移動',
}

export const MOVE_MESSAGES: Dictionary<MoveMessages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW }
