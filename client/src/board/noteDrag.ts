import { createSignal } from 'solid-js'

export const NOTE_DRAG_TYPE = 'application/x-jm-note'

export interface DropLine {
  stageId: string
  laneId: string
  index: number
  /** Offset from the cell's top, in unscaled CSS pixels. */
  offset: number
}

/** What is being dragged (this tab only) and where it would land. */
export function createNoteDrag() {
  const [dragged, setDragged] = createSignal<ReadonlySet<string>>(new Set())
  const [line, setLine] = createSignal<DropLine | null>(null)
  return {
    dragged,
    line,
    start(ids: readonly string[]) {
      setDragged(new Set(ids))
    },
    show(next: DropLine) {
      const current = line()
      if (
        current?.stageId === next.stageId &&
        current.laneId === next.laneId &&
        current.index === next.index &&
        current.offset === next.offset
      )
        return
      setLine(next)
    },
    hide: () => setLine(null),
    end() {
      setDragged(new Set<string>())
      setLine(null)
    },
  }
}

export type NoteDrag = ReturnType<typeof createNoteDrag>
