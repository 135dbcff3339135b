import type { BoardArea } from '../../primitives/createViewport.ts'
import { CELL_SELECTOR, NOTE_SELECTOR } from '../gridNavigation.ts'

/** A box on the minimap, in unzoomed board pixels from the grid's top-left corner. */
export interface MapBox {
  x: number
  y: number
  w: number
  h: number
}

export interface BoardShape {
  /** Where the grid lies on the board (the origin of every box below). */
  grid: BoardArea
  cells: MapBox[]
  notes: (MapBox & { color: string })[]
}

/**
 * The grid's cells and rendered notes as the minimap draws them, read from the layout the browser
 * made (cells and notes never stick, unlike the stage headers and lane labels, so their boxes are
 * where they are on the board). `toBoard` turns a client rectangle into board pixels (createViewport).
 */
export function measureBoard(grid: HTMLElement, toBoard: (rect: DOMRect) => BoardArea): BoardShape {
  const area = toBoard(grid.getBoundingClientRect())
  const boxOf = (element: Element): MapBox => {
    const box = toBoard(element.getBoundingClientRect())
    return { x: box.left - area.left, y: box.top - area.top, w: box.width, h: box.height }
  }
  return {
    grid: area,
    cells: [...grid.querySelectorAll(CELL_SELECTOR)].map(boxOf),
    notes: [...grid.querySelectorAll(NOTE_SELECTOR)].map((note) => ({
      ...boxOf(note),
      color: /\bnote-(\w+)/.exec(note.className)?.[1] ?? 'yellow',
    })),
  }
}
