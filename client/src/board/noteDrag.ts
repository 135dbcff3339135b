import { createSelector, createSignal } from 'solid-js'
import { cellKey } from '../primitives/createCellLists.ts'

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
  // Which cell shows the line, so that moving it over the grid wakes only the two cells concerned.
  const lineCell = createSelector<string | null, string>(() => {
    const current = line()
    return current && cellKey(current.stageId, current.laneId)
  })
  return {
    dragged,
    line,
    /** The drop line when it is in this cell, else null; tracks only whether it is, while it is not. */
    lineIn: (stageId: string, laneId: string) => (lineCell(cellKey(stageId, laneId)) ? line() : null),
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
