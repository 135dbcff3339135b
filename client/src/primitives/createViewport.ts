import { createSignal, onCleanup } from 'solid-js'

/** A place on the board in unzoomed CSS pixels, from the scroller's content origin. */
export interface BoardArea {
  left: number
  top: number
  width: number
  height: number
}

export const MIN_SCALE = 0.25
export const MAX_SCALE = 2
const clampScale = (value: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(value * 100) / 100))

/**
 * Zoom and pan of the scrolling board area. Zoom uses CSS `zoom` on the grid, so layout, scrolling
 * and hit-testing stay native; Ctrl/⌘ + wheel (a trackpad's pinch) and a two-finger pinch on a touch
 * screen zoom around the pointer or the fingers, and dragging the empty background (or holding
 * Space while dragging) pans; one finger pans as the browser's own scrolling.
 */
export function createViewport() {
  const [scale, setScaleSignal] = createSignal(1)
  let scroller: HTMLElement | undefined

  /** Changes the zoom keeping the board point under (clientX, clientY) in place. */
  const zoomTo = (next: number, clientX?: number, clientY?: number) => {
    const target = clampScale(next)
    const previous = scale()
    if (!scroller || target === previous) {
      setScaleSignal(target)
      return
    }
    const box = scroller.getBoundingClientRect()
    const x = (clientX ?? box.left + box.width / 2) - box.left
    const y = (clientY ?? box.top + box.height / 2) - box.top
    const boardX = (scroller.scrollLeft + x) / previous
    const boardY = (scroller.scrollTop + y) / previous
    setScaleSignal(target)
    scroller.scrollLeft = boardX * target - x
    scroller.scrollTop = boardY * target - y
  }

  const attach = (element: HTMLElement) => {
    scroller = element
    let spaceHeld = false
    let pan: { x: number; y: number; left: number; top: number } | null = null
    const onWheel = (event: WheelEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return
      event.preventDefault()
      zoomTo(scale() * Math.exp(-event.deltaY / 300), event.clientX, event.clientY)
    }
    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return
      const onBackground =
        event.target === element || (event.target as HTMLElement).classList.contains('grid-corner')
      if (!(spaceHeld || event.button === 1 || (onBackground && event.button === 0))) return
      pan = { x: event.clientX, y: event.clientY, left: element.scrollLeft, top: element.scrollTop }
      element.setPointerCapture(event.pointerId)
      element.classList.add('panning')
      event.preventDefault()
    }
    const onPointerMove = (event: PointerEvent) => {
      if (!pan) return
      element.scrollLeft = pan.left - (event.clientX - pan.x)
      element.scrollTop = pan.top - (event.clientY - pan.y)
    }
    const endPan = () => {
      pan = null
      element.classList.remove('panning')
    }
    let pinch: { distance: number; scale: number } | null = null
    const fingers = (touches: TouchList) => {
      const [a, b] = [touches[0], touches[1]]
      if (!a || !b) return null
      return {
        distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
        x: (a.clientX + b.clientX) / 2,
        y: (a.clientY + b.clientY) / 2,
      }
    }
    const onTouchStart = (event: TouchEvent) => {
      const pair = event.touches.length === 2 ? fingers(event.touches) : null
      pinch = pair && pair.distance > 0 ? { distance: pair.distance, scale: scale() } : null
    }
    const onTouchMove = (event: TouchEvent) => {
      const pair = pinch && event.touches.length === 2 ? fingers(event.touches) : null
      if (!pinch || !pair) return
      // The page itself must not zoom (touch-action in board.css leaves pinching to us).
      event.preventDefault()
      zoomTo((pinch.scale * pair.distance) / pinch.distance, pair.x, pair.y)
    }
    const onTouchEnd = (event: TouchEvent) => {
      if (event.touches.length < 2) pinch = null
    }
    const onKey = (event: KeyboardEvent) => {
      const typing = (event.target as HTMLElement | null)?.closest('textarea, input, select')
      if (event.key === ' ' && !typing) {
        spaceHeld = event.type === 'keydown'
        element.classList.toggle('pan-ready', spaceHeld)
        if (spaceHeld) event.preventDefault()
      }
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    element.addEventListener('touchstart', onTouchStart, { passive: true })
    element.addEventListener('touchmove', onTouchMove, { passive: false })
    element.addEventListener('touchend', onTouchEnd)
    element.addEventListener('touchcancel', onTouchEnd)
    element.addEventListener('pointerdown', onPointerDown)
    element.addEventListener('pointermove', onPointerMove)
    element.addEventListener('pointerup', endPan)
    element.addEventListener('pointercancel', endPan)
    window.addEventListener('keydown', onKey)
    window.addEventListener('keyup', onKey)
    onCleanup(() => {
      element.removeEventListener('wheel', onWheel)
      element.removeEventListener('touchstart', onTouchStart)
      element.removeEventListener('touchmove', onTouchMove)
      element.removeEventListener('touchend', onTouchEnd)
      element.removeEventListener('touchcancel', onTouchEnd)
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('keyup', onKey)
    })
  }

  /** Fits the whole grid into the visible area. */
  const fit = (grid: HTMLElement) => {
    if (!scroller) return
    // The holder's size is the zoomed grid's; divide by the zoom for the natural size.
    const width = grid.scrollWidth / scale()
    const height = grid.scrollHeight / scale()
    const box = scroller.getBoundingClientRect()
    zoomTo(Math.min(1, (box.width - 32) / width, (box.height - 32) / height))
    scroller.scrollTo(0, 0)
  }

  /** Where an element's box (client pixels, e.g. getBoundingClientRect) lies on the unzoomed board. */
  const toBoard = (rect: { left: number; top: number; width: number; height: number }): BoardArea => {
    const box = scroller?.getBoundingClientRect()
    const x = (scroller?.scrollLeft ?? 0) - (box?.left ?? 0) - (scroller?.clientLeft ?? 0)
    const y = (scroller?.scrollTop ?? 0) - (box?.top ?? 0) - (scroller?.clientTop ?? 0)
    const current = scale()
    return {
      left: (rect.left + x) / current,
      top: (rect.top + y) / current,
      width: rect.width / current,
      height: rect.height / current,
    }
  }

  /** Zooms to `next` and scrolls the area to the top of the view, centred across it when it is narrower. */
  const showArea = (area: BoardArea, next: number) => {
    setScaleSignal(clampScale(next))
    if (!scroller) return
    const current = scale()
    const spare = Math.max(0, scroller.clientWidth - area.width * current)
    scroller.scrollLeft = area.left * current - spare / 2
    scroller.scrollTop = area.top * current
  }

  return { scale, zoomTo, attach, fit, toBoard, showArea, scroller: () => scroller }
}

export type Viewport = ReturnType<typeof createViewport>
