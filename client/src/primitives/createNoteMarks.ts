import { onCleanup } from 'solid-js'

/**
 * Marks notes on the board through one generated stylesheet keyed by `data-note-id`, so this
 * feature needs no hooks inside the grid's note components. Ids are [a-z0-9] only (newId).
 */
export function createNoteMarks(name: string) {
  const style = document.createElement('style')
  style.dataset.marks = name
  document.head.append(style)
  onCleanup(() => style.remove())
  return (rules: Array<{ ids: Iterable<string>; css: string }>) => {
    style.textContent = rules
      .map(({ ids, css }) => {
        const selectors = [...ids]
          .filter((id) => /^[a-z0-9_-]+$/.test(id))
          .map((id) => `[data-note-id="${id}"]`)
        return selectors.length > 0 ? `${selectors.join(',')}{${css}}` : ''
      })
      .join('\n')
  }
}
