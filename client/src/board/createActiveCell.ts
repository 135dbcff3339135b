import { createSignal } from 'solid-js'

/**
 * The one cell of a view that takes Tab (a roving tabindex): the last one focused, else the first.
 * Arrows then move between cells, so Tab leaves the board in one step.
 */
export function createActiveCell(first: () => string | null) {
  const [active, setActive] = createSignal<string | null>(null)
  return {
    isActive: (key: string) => (active() ?? first()) === key,
    setActive,
  }
}
