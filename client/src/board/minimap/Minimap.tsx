import { createSignal, For, onCleanup, onMount, Show } from 'solid-js'
import { BOARD_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import type { Viewport } from '../../primitives/createViewport.ts'
import { STEP } from '../gridNavigation.ts'
import { type BoardShape, type MapBox, measureBoard } from './measureBoard.ts'
import './minimap.css'

/** The minimap's longer side, in CSS pixels. */
const SIZE_PX = 200
/** How much of the view one arrow key moves it (Shift: a whole view). */
const KEY_STEP = 0.25

/**
 * The whole board in small, with the part in view outlined: pressing or dragging on it moves the
 * view there, and the arrow keys move it while the map has the focus. Loaded the first time it is
 * shown (ZoomControls), so the board's first load does not carry it.
 */
export default function Minimap(props: { viewport: Viewport }) {
  const [shape, setShape] = createSignal<BoardShape | null>(null)
  const [view, setView] = createSignal({ x: 0, y: 0, w: 0, h: 0 })
  const scroller = () => props.viewport.scroller()
  const grid = () => scroller()?.querySelector<HTMLElement>('[data-testid="board-grid"]') ?? null
  const readView = () => {
    const element = scroller()
    const current = shape()
    if (!element || !current) return
    const scale = props.viewport.scale()
    setView({
      x: element.scrollLeft / scale - current.grid.left,
      y: element.scrollTop / scale - current.grid.top,
      w: element.clientWidth / scale,
      h: element.clientHeight / scale,
    })
  }
  let frame = 0
  const remeasure = () => {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => {
      const element = grid()
      if (!element) return
      setShape(measureBoard(element, props.viewport.toBoard))
      readView()
    })
  }
  onMount(() => {
    const element = grid()
    const outer = scroller()
    if (!element || !outer) return
    // Notes added, moved, recoloured or windowed in, the zoom (the grid's style) and resizes.
    const mutations = new MutationObserver(remeasure)
    mutations.observe(element, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style'],
    })
    const resizes = new ResizeObserver(remeasure)
    resizes.observe(outer)
    outer.addEventListener('scroll', readView, { passive: true })
    remeasure()
    onCleanup(() => {
      cancelAnimationFrame(frame)
      mutations.disconnect()
      resizes.disconnect()
      outer.removeEventListener('scroll', readView)
    })
  })

  const width = () => shape()?.grid.width || 1
  const height = () => shape()?.grid.height || 1
  /** Minimap pixels per board pixel. */
  const ratio = () => SIZE_PX / Math.max(width(), height())
  const pct = (value: number, of: number) => `${(value / of) * 100}%`
  /** A box's place on the minimap, in percentages of the grid's size. */
  const place = (box: MapBox) => ({
    left: pct(box.x, width()),
    top: pct(box.y, height()),
    width: pct(box.w, width()),
    height: pct(box.h, height()),
  })
  /** Scrolls the view so that this board point (from the grid's corner) is in its middle. */
  const centreOn = (x: number, y: number) => {
    const element = scroller()
    const current = shape()
    if (!element || !current) return
    const scale = props.viewport.scale()
    element.scrollLeft = (x + current.grid.left) * scale - element.clientWidth / 2
    element.scrollTop = (y + current.grid.top) * scale - element.clientHeight / 2
  }
  let dragging = false
  const pointAt = (event: PointerEvent) => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect()
    centreOn(
      ((event.clientX - box.left) / box.width) * width(),
      ((event.clientY - box.top) / box.height) * height(),
    )
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP[event.key]
    if (!step) return
    event.preventDefault()
    const amount = event.shiftKey ? 1 : KEY_STEP
    const current = view()
    centreOn(
      current.x + current.w / 2 + step[0] * current.w * amount,
      current.y + current.h / 2 + step[1] * current.h * amount,
    )
  }
  return (
    <div
      class="minimap"
      data-testid="minimap"
      role="application"
      aria-label={t(BOARD_MESSAGES).minimap.label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: an application region, a two-dimensional view control taking the arrow keys itself, which no ARIA widget role describes
      tabIndex={0}
      style={{ width: `${width() * ratio()}px`, height: `${height() * ratio()}px` }}
      onPointerDown={(event) => {
        dragging = true
        event.currentTarget.setPointerCapture(event.pointerId)
        pointAt(event)
      }}
      onPointerMove={(event) => dragging && pointAt(event)}
      onPointerUp={() => {
        dragging = false
      }}
      onPointerCancel={() => {
        dragging = false
      }}
      onKeyDown={onKeyDown}
    >
      <Show when={shape()}>
        {(current) => (
          <>
            {/* The stage headers' row and the lane labels' column, where the first cell begins. */}
            <div
              class="minimap-band"
              style={place({ x: 0, y: 0, w: width(), h: current().cells[0]?.y ?? 0 })}
            />
            <div
              class="minimap-band"
              style={place({ x: 0, y: 0, w: current().cells[0]?.x ?? 0, h: height() })}
            />
            <For each={current().cells}>{(box) => <div class="minimap-cell" style={place(box)} />}</For>
            <For each={current().notes}>
              {(box) => <div class={`minimap-note note-${box.color}`} style={place(box)} />}
            </For>
          </>
        )}
      </Show>
      <div class="minimap-view" data-testid="minimap-view" style={place(view())} />
    </div>
  )
}
