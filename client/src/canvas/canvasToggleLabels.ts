import type { Locale } from '@jm/shared'

/**
 * The only canvas words on the board's first load (the top-bar button and the loading line); the
 * rest of the canvas's labels (canvasMessages.ts) arrive with the lazily loaded canvas.
 */
export const CANVAS_TOGGLE_LABELS: Record<Locale, { title: string; loading: string }> = {
  en: { title: 'Canvas', loading: 'Loading the canvas…' },
  'zh-CN': { title: '画布', loading: '正在加载画布…' },
  'zh-TW': { title: '畫布', loading: '正在載入畫布…' },
}
