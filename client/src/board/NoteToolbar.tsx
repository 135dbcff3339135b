import { EMOTION_MAX, EMOTION_MIN, MAX_TAG_LENGTH, NOTE_COLORS, type Note, sortOrdered } from '@jm/shared'
import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js'
import { APP_MESSAGES, BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { useBoard } from './BoardContext.tsx'
import { filesOf } from './evidence/filesOf.ts'
import { AttachmentList, LinkList } from './evidence/lazyEvidence.ts'
import { MoveSelection } from './MoveSelection.tsx'
import { NotePersonaSelect } from './NotePersonaSelect.tsx'
import { useNoteSlots } from './noteSlots.tsx'

const EMOTIONS = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MIN + i)
const scoreText = (score: number) => (score > 0 ? `+${score}` : String(score))

/**
 * The selection bar, docked under the board: colour, emotion, tags, persona, a move to another cell
 * and delete for all the selected notes (each one undo step), links and files of a single one.
 */
export function NoteToolbar() {
  const board = useBoard()
  const { toolbar: Slot } = useNoteSlots()
  const [tag, setTag] = createSignal('')
  const selectedNotes = createMemo((): Note[] => {
    const ids = board.selection.selected()
    return ids.size === 0 ? [] : sortOrdered(board.board.notes.filter((note) => ids.has(note.id)))
  })
  const ids = () => selectedNotes().map((note) => note.id)
  const shared = <T,>(read: (note: Note) => T): T | undefined => {
    const values = new Set(selectedNotes().map(read))
    return values.size === 1 ? [...values][0] : undefined
  }
  // A screenshot pasted while one note is selected goes on it.
  const pasteFiles = (event: ClipboardEvent) => {
    const [note, ...others] = selectedNotes()
    const files = filesOf(event.clipboardData)
    if (!note || others.length > 0 || files.length === 0 || !pastedOnGrid(document.activeElement)) return
    event.preventDefault()
    void board.evidence.attachFiles('note', note.id, files)
  }
  document.addEventListener('paste', pasteFiles)
  onCleanup(() => document.removeEventListener('paste', pasteFiles))
  const tags = () => [...new Set(selectedNotes().flatMap((note) => note.tags))]
  const addTag = (event: SubmitEvent) => {
    event.preventDefault()
    const value = tag().trim().replace(/^#/, '')
    if (value) board.actions.setNoteFields(ids(), { addTag: value })
    setTag('')
  }
  return (
    <Show when={board.canEdit() && selectedNotes().length > 0}>
      <div
        class="note-toolbar"
        role="toolbar"
        aria-label={t(BOARD_MESSAGES).noteToolbar}
        data-testid="note-toolbar"
      >
        <span class="toolbar-count">{t(BOARD_MESSAGES).selectedCount(selectedNotes().length)}</span>
        <button
          type="button"
          class="icon-button"
          data-testid="clear-selection"
          title={t(BOARD_MESSAGES).clearSelection}
          aria-label={t(BOARD_MESSAGES).clearSelection}
          onClick={() => board.selection.clear()}
        >
          ×
        </button>
        <div class="swatches">
          <For each={NOTE_COLORS}>
            {(color) => (
              <button
                type="button"
                class={`swatch note-${color}`}
                classList={{ active: shared((n) => n.color) === color }}
                aria-pressed={shared((n) => n.color) === color}
                aria-label={t(BOARD_MESSAGES).colors[color]}
                title={t(BOARD_MESSAGES).colors[color]}
                data-testid={`color-${color}`}
                onClick={() => board.actions.setNoteFields(ids(), { color })}
              />
            )}
          </For>
        </div>
        <div class="emotions">
          <For each={EMOTIONS}>
            {(score) => (
              <button
                type="button"
                class={`emotion emotion-${score + 2}`}
                classList={{ active: shared((n) => n.emotion) === score }}
                aria-pressed={shared((n) => n.emotion) === score}
                title={t(BOARD_MESSAGES).emotionLabels[score + 2]}
                // The score it shows, then what it means: a speech user can say what they see.
                aria-label={`${scoreText(score)} ${t(BOARD_MESSAGES).emotionLabels[score + 2]}`}
                data-testid={`emotion-${score}`}
                onClick={() =>
                  board.actions.setNoteFields(ids(), {
                    emotion: shared((n) => n.emotion) === score ? null : score,
                  })
                }
              >
                {scoreText(score)}
              </button>
            )}
          </For>
        </div>
        <div class="tags">
          <For each={tags()}>
            {(name) => (
              <button
                type="button"
                class="tag removable"
                title={t(BOARD_MESSAGES).removeTag}
                onClick={() => board.actions.setNoteFields(ids(), { removeTag: name })}
              >
                #{name} ×
              </button>
            )}
          </For>
          <form onSubmit={addTag}>
            <input
              class="tag-input"
              data-testid="tag-input"
              placeholder={t(BOARD_MESSAGES).addTag}
              maxLength={MAX_TAG_LENGTH}
              value={tag()}
              onInput={(e) => setTag(e.currentTarget.value)}
            />
          </form>
        </div>
        <MoveSelection notes={selectedNotes()} />
        <NotePersonaSelect notes={selectedNotes()} />
        {Slot && <Slot notes={selectedNotes()} />}
        <Show when={selectedNotes().length === 1 && selectedNotes()[0]}>
          {(note) => (
            <>
              <LinkList kind="note" targetId={note().id} />
              <AttachmentList kind="note" targetId={note().id} />
            </>
          )}
        </Show>
        <button
          type="button"
          class="toolbar-button danger"
          data-testid="delete-selected"
          onClick={() => board.actions.deleteNotes(ids())}
        >
          {t(APP_MESSAGES).deleteNote}
        </button>
      </div>
    </Show>
  )
}

/** A paste meant for the grid: the focus is on a note or cell, or nowhere; not in a text field or the canvas. */
function pastedOnGrid(focus: Element | null): boolean {
  if (!focus || focus === document.body) return true
  const typing =
    focus instanceof HTMLInputElement ||
    focus instanceof HTMLTextAreaElement ||
    focus.getAttribute('contenteditable') === 'true'
  return !typing && focus.closest('[data-testid="board-grid"]') !== null
}
