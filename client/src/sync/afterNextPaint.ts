/** Runs `task` once the next frame is painted (at once in a hidden tab, which paints none). */
export function afterNextPaint(task: () => void): void {
  if (document.visibilityState === 'hidden') task()
  else requestAnimationFrame(() => setTimeout(task))
}
