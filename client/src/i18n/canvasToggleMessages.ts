import type { Dictionary } from '@jm/shared'

/**
 * The only canvas words on the board's first load (the top-bar button and the loading line); the
 * rest of the canvas's texts (canvasMessages.ts) arrive with the lazily loaded canvas.
 */
export interface CanvasToggleMessages {
  title: string
  loading: string
}

export const CANVAS_TOGGLE_MESSAGES: Dictionary<CanvasToggleMessages> = {
  en: { title: 'Canvas', loading: 'Loading the canvas…' },
  'zh-CN': { title: '画布', loading: '正在加载画布…' },
  'zh-TW': { title: '畫布', loading: '正在載入畫布…' },
}
