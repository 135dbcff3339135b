import { createEffect, createSignal, onCleanup } from 'solid-js'

/** Notes a cell renders once it comes near the viewport, and how many more each time its end does. */
const FIRST_BATCH = 24
const NEXT_BATCH = 48
/** How far outside the visible area counts as near (in screen pixels). */
const NEAR = 600
/** Placeholder height per note not rendered yet, so the scrollbars stay about right. */
export const ESTIMATED_NOTE_HEIGHT = 58
/** Boards up to this many notes render every note at once. */
export const EAGER_BOARD_NOTES = 400

/** Whether `end` lies within NEAR pixels of the scroller's visible area. */
function isNear(scroller: HTMLElement, end: HTMLElement): boolean {
  const view = scroller.getBoundingClientRect()
  const box = end.getBoundingClientRect()
  return (
    box.bottom >= view.top - NEAR &&
    box.top <= view.bottom + NEAR &&
    box.right >= view.left - NEAR &&
    box.left <= view.right + NEAR
  )
}

/**
 * Progressive rendering for big boards: a cell renders nothing until it is near the viewport, then
 * its first notes, and more whenever the end of what it shows comes near. A board of thousands of
 * notes thus renders only what can be seen, and everything is still reached by scrolling. A cell
 * keeps what it has rendered, so a note being edited never disappears. Small boards skip all this.
 * Whether a cell starts near is measured when it mounts (all cells mount together, so that is one
 * layout), which puts the first notes into the board's first frame rather than one frame later.
 */
export function createNoteWindow(total: () => number, eager: () => boolean) {
  const [limit, setLimit] = createSignal(0)
  const [near, setNear] = createSignal(false)
  let observer: IntersectionObserver | undefined
  let sentinel: HTMLElement | undefined
  const grow = () => {
    setLimit(limit() === 0 ? FIRST_BATCH : limit() + NEXT_BATCH)
    // Wait for a fresh report on whether the end, moved down by the new notes, is still near.
    setNear(false)
    requestAnimationFrame(() => {
      if (!observer || !sentinel) return
      observer.unobserve(sentinel)
      observer.observe(sentinel)
    })
  }
  createEffect(() => {
    if (!eager() && near() && limit() < total()) grow()
  })
  const watch = (cell: HTMLElement, end: HTMLElement) => {
    sentinel = end
    const scroller = cell.closest<HTMLElement>('.board-scroll')
    // Every cell measures before any of them renders notes: measuring after another cell's notes went
    // in would lay the whole grid out again, once per cell.
    if (!eager() && scroller && isNear(scroller, end)) queueMicrotask(() => setNear(true))
    observer = new IntersectionObserver((entries) => setNear(entries.some((entry) => entry.isIntersecting)), {
      root: scroller,
      rootMargin: `${NEAR}px`,
    })
    observer.observe(end)
  }
  onCleanup(() => observer?.disconnect())
  const shown = () => (eager() ? total() : Math.min(limit(), total()))
  return { shown, hidden: () => total() - shown(), watch }
}
