import { entityIn, linkLabel, type Note, notesOf, noteTextOf } from '@jm/shared'
import { For, Show } from 'solid-js'
import { BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { usePresence } from '../presence/PresenceContext.tsx'
import { useBoard } from './BoardContext.tsx'
import { EmotionBadge } from './EmotionBadge.tsx'
import { ExternalLink } from './evidence/ExternalLink.tsx'
import { carriesFiles, filesOf } from './evidence/filesOf.ts'
import { LinkedText } from './evidence/LinkedText.tsx'
import { AttachmentView } from './evidence/lazyEvidence.ts'
import { inDisplayOrder } from './gridNavigation.ts'
import { NotePersona } from './NotePersona.tsx'
import { NoteTextEditor } from './NoteTextEditor.tsx'
import { NOTE_DRAG_TYPE, type NoteDrag } from './noteDrag.ts'
import { useNoteSlots } from './noteSlots.tsx'

export function NoteCard(props: { note: Note; drag: NoteDrag }) {
  const board = useBoard()
  const { presence } = usePresence()
  const { footer: Footer } = useNoteSlots()
  const remoteEditor = () => presence.editorsOf(props.note.id)[0]
  const editing = () => board.editingNote() === props.note.id
  const selected = () => board.selection.isSelected(props.note.id)
  /** The persona the note speaks for, when it names one that still exists. */
  const persona = () =>
    props.note.personaId ? board.board.personas.find((p) => p.id === props.note.personaId) : undefined
  const links = () => board.evidence.linksOn('note', props.note.id)
  const files = () => board.evidence.attachmentsOn('note', props.note.id)
  const ytext = () => {
    const entity = entityIn(notesOf(board.connection.doc), props.note.id)
    return entity ? noteTextOf(entity) : undefined
  }
  const searchClasses = () => {
    const { search } = board
    if (!search.active()) return []
    if (!search.isHit(props.note.id)) return search.onlyHits() ? ['search-miss'] : []
    return search.current() === props.note.id ? ['search-hit', 'search-current'] : ['search-hit']
  }
  /** Dragging a selected note carries the whole selection, in display order. */
  const draggedIds = () => (selected() ? inDisplayOrder(board.selection.selected()) : [props.note.id])
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the grid handles the keyboard for every note (arrows, Enter, Delete)
    <article
      // One class string: Solid's reactive `class` would wipe classes set by a `classList` beside it.
      class={[
        'note',
        `note-${props.note.color}`,
        editing() && 'editing',
        selected() && 'selected',
        remoteEditor() && 'remote-editing',
        props.drag.dragged().has(props.note.id) && 'dragging',
        ...searchClasses(),
      ]
        .filter(Boolean)
        .join(' ')}
      data-testid="note"
      data-note-id={props.note.id}
      style={remoteEditor() ? { '--peer': remoteEditor()?.user.color } : undefined}
      data-selected={selected() ? '' : undefined}
      title={props.note.author ? t(BOARD_MESSAGES).writtenBy(props.note.author) : undefined}
      tabIndex={-1}
      draggable={board.canEdit() && !editing()}
      onDragStart={(event) => {
        const ids = draggedIds()
        event.dataTransfer?.setData(NOTE_DRAG_TYPE, ids.join(','))
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move'
        props.drag.start(ids)
      }}
      onDragEnd={() => props.drag.end()}
      // Files dropped on a note are attached to it; the cell under it handles dragged notes.
      onDragOver={(event) => {
        if (!board.canEdit() || !carriesFiles(event.dataTransfer)) return
        event.preventDefault()
        event.stopPropagation()
      }}
      onDrop={(event) => {
        const files = filesOf(event.dataTransfer)
        if (!board.canEdit() || files.length === 0) return
        event.preventDefault()
        event.stopPropagation()
        void board.evidence.attachFiles('note', props.note.id, files)
      }}
      onClick={(event) => {
        if (editing()) return
        event.stopPropagation()
        board.selection.select(
          props.note.id,
          event.shiftKey || event.metaKey || event.ctrlKey ? 'toggle' : 'replace',
        )
      }}
      onDblClick={(event) => {
        event.stopPropagation()
        if (board.canEdit()) board.setEditingNote(props.note.id)
      }}
    >
      <Show
        when={editing() && ytext()}
        keyed
        fallback={
          <p class="note-text" classList={{ placeholder: props.note.text === '' }}>
            <Show when={props.note.text} fallback="…">
              {(text) => <LinkedText text={text()} />}
            </Show>
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
      <Show when={remoteEditor()}>
        {(peer) => (
          <span class="editing-label" data-testid="remote-editing">
            {t(BOARD_MESSAGES).isEditing(peer().user.name)}
          </span>
        )}
      </Show>
      <Show
        when={
          props.note.tags.length > 0 ||
          props.note.emotion !== null ||
          persona() ||
          links().length > 0 ||
          files().length > 0
        }
      >
        <footer class="note-meta">
          <Show when={persona()}>{(current) => <NotePersona persona={current()} />}</Show>
          <For each={files()}>{(file) => <AttachmentView attachment={file} />}</For>
          <For each={links()}>
            {(link) => <ExternalLink url={link.url} label={linkLabel(link)} testId="note-link" />}
          </For>
          <For each={props.note.tags}>{(tag) => <span class="tag">#{tag}</span>}</For>
          <Show when={props.note.emotion !== null}>
            <EmotionBadge score={props.note.emotion ?? 0} />
          </Show>
        </footer>
      </Show>
      {Footer && <Footer note={props.note} />}
    </article>
  )
}
