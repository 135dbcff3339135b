import { onCleanup, Show } from 'solid-js'
import { BOARD_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { isComposing } from '../../keys/isComposing.ts'
import { useBoard } from '../BoardContext.tsx'
import './search.css'

/**
 * The board's search field in the top bar: Ctrl+F (⌘F) focuses it, Enter and Shift+Enter step
 * through the hits (each one selected and brought to the middle of the view, clear of the note
 * toolbar at the bottom), Escape clears it. "Only matches" fades every other note, so the grid
 * keeps its shape.
 */
export function BoardSearch() {
  const board = useBoard()
  const { search } = board
  const text = () => t(BOARD_MESSAGES).search
  let input!: HTMLInputElement

  const show = (noteId: string | null) => {
    if (!noteId) return
    board.selection.select(noteId)
    document
      .querySelector(`[data-note-id="${CSS.escape(noteId)}"]`)
      ?.scrollIntoView({ block: 'center', inline: 'center' })
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (isComposing(event)) return
    if (event.key === 'Enter') {
      event.preventDefault()
      show(event.shiftKey ? search.previous() : search.next())
    } else if (event.key === 'Escape') {
      // Handled here: the page's Escape would otherwise also close a side panel.
      event.preventDefault()
      search.clear()
      input.blur()
    }
  }
  const focusOnFind = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'f' || event.shiftKey) return
    // The canvas keeps its own shortcuts.
    if ((event.target as HTMLElement | null)?.closest('.canvas-panel')) return
    event.preventDefault()
    input.focus()
    input.select()
  }
  window.addEventListener('keydown', focusOnFind)
  onCleanup(() => window.removeEventListener('keydown', focusOnFind))

  const summary = () => {
    if (!search.active()) return ''
    const total = search.hits().length
    if (total === 0) return text().none
    return search.position() > 0 ? text().position(search.position(), total) : text().found(total)
  }
  return (
    <search class="board-search" aria-label={text().label}>
      <input
        ref={input}
        type="search"
        data-testid="board-search"
        aria-label={text().label}
        placeholder={text().placeholder}
        value={search.query()}
        onInput={(event) => search.setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <Show when={search.active()}>
        <span class="board-search-count" data-testid="board-search-count" aria-live="polite">
          {summary()}
        </span>
        <button
          type="button"
          class="icon-button"
          data-testid="board-search-previous"
          aria-label={text().previous}
          title={`${text().previous} (Shift+Enter)`}
          disabled={search.hits().length === 0}
          onClick={() => show(search.previous())}
        >
          ↑
        </button>
        <button
          type="button"
          class="icon-button"
          data-testid="board-search-next"
          aria-label={text().next}
          title={`${text().next} (Enter)`}
          disabled={search.hits().length === 0}
          onClick={() => show(search.next())}
        >
          ↓
        </button>
        <button
          type="button"
          class="toolbar-button"
          data-testid="board-search-only"
          aria-pressed={search.onlyHits()}
          onClick={() => search.setOnlyHits(!search.onlyHits())}
        >
          {text().onlyHits}
        </button>
      </Show>
    </search>
  )
}
