import { createSignal } from 'solid-js'

export const STAGE_DRAG_TYPE = 'application/x-jm-stage'
export const LANE_DRAG_TYPE = 'application/x-jm-lane'

/** The index to pass to moveStage/moveLane: the target's place among the others, before or after it. */
export function reorderIndex(
  ids: readonly string[],
  dragged: string,
  target: string,
  after: boolean,
): number {
  const others = ids.filter((id) => id !== dragged)
  const position = others.indexOf(target)
  return position === -1 ? others.length : position + (after ? 1 : 0)
}

/** Drag state of one kind of header (stage columns or lane rows): which item is hovered, and on which side. */
export function createReorderDrag(type: string, axis: 'x' | 'y') {
  const [hover, setHover] = createSignal<{ id: string; after: boolean } | null>(null)
  const side = (event: DragEvent, element: HTMLElement) => {
    const box = element.getBoundingClientRect()
    return axis === 'x' ? event.clientX > box.left + box.width / 2 : event.clientY > box.top + box.height / 2
  }
  return {
    hover,
    /** Handlers for one draggable header. */
    bind(
      id: () => string,
      enabled: () => boolean,
      onMove: (dragged: string, target: string, after: boolean) => void,
    ) {
      return {
        draggable: enabled(),
        onDragStart: (event: DragEvent) => {
          event.dataTransfer?.setData(type, id())
          if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move'
        },
        onDragOver: (event: DragEvent) => {
          if (!enabled() || !event.dataTransfer?.types.includes(type)) return
          event.preventDefault()
          setHover({ id: id(), after: side(event, event.currentTarget as HTMLElement) })
        },
        onDragLeave: () => setHover(null),
        onDrop: (event: DragEvent) => {
          const dragged = event.dataTransfer?.getData(type)
          const after = side(event, event.currentTarget as HTMLElement)
          setHover(null)
          if (!dragged || dragged === id()) return
          event.preventDefault()
          onMove(dragged, id(), after)
        },
        onDragEnd: () => setHover(null),
      }
    },
  }
}

export type ReorderDrag = ReturnType<typeof createReorderDrag>
