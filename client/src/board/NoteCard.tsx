import { entityIn, type Note, notesOf, noteTextOf } from '@jm/shared'
import { Show } from 'solid-js'
import { NoteDots } from '../facilitation/NoteDots.tsx'
import { t } from '../i18n/locale.ts'
import { useBoard } from './BoardContext.tsx'
import { NoteTextEditor } from './NoteTextEditor.tsx'

export const NOTE_DRAG_TYPE = 'application/x-jm-note'

export function NoteCard(props: { note: Note }) {
  const board = useBoard()
  const editing = () => board.editingNote() === props.note.id
  const ytext = () => {
    const entity = entityIn(notesOf(board.connection.doc), props.note.id)
    return entity ? noteTextOf(entity) : undefined
  }
  return (
    <article
      class={`note note-${props.note.color}`}
      classList={{ editing: editing() }}
      data-testid="note"
      data-note-id={props.note.id}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: notes are reached by keyboard (Tab, Enter to edit, Delete)
      tabIndex={0}
      draggable={board.canEdit() && !editing()}
      onDragStart={(event) => {
        event.dataTransfer?.setData(NOTE_DRAG_TYPE, props.note.id)
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move'
      }}
      onDblClick={(event) => {
        event.stopPropagation()
        if (board.canEdit()) board.setEditingNote(props.note.id)
      }}
      onKeyDown={(event) => {
        if (editing() || !board.canEdit()) return
        if (event.key === 'Enter') {
          event.preventDefault()
          board.setEditingNote(props.note.id)
        } else if (event.key === 'Delete' || event.key === 'Backspace') {
          event.preventDefault()
          board.actions.deleteNote(props.note.id)
        }
      }}
    >
      <Show
        when={editing() && ytext()}
        keyed
        fallback={
          <p class="note-text" classList={{ placeholder: props.note.text === '' }}>
            {props.note.text || '…'}
          </p>
        }
      >
        {(text) => (
          <NoteTextEditor
            doc={board.connection.doc}
            text={text}
            noteId={props.note.id}
            origin={board.connection.origin}
            onDone={() => board.setEditingNote(null)}
          />
        )}
      </Show>
      <NoteDots note={props.note} />
      <Show when={board.canEdit() && !editing()}>
        <button
          type="button"
          class="note-delete"
          title={t().deleteNote}
          aria-label={t().deleteNote}
          onClick={(event) => {
            event.stopPropagation()
            board.actions.deleteNote(props.note.id)
          }}
        >
          ×
        </button>
      </Show>
    </article>
  )
}
