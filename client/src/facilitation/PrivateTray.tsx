import { entityIn, notesOf, noteTextOf } from '@jm/shared'
import { For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { NoteTextEditor } from '../board/NoteTextEditor.tsx'
import { t } from '../i18n/locale.ts'
import type { Facilitation } from './FacilitationContext.tsx'
import { ft } from './messages.ts'

/** This participant's private notes during private brainstorming; only they (and the server) have them. */
export function PrivateTray(props: { facilitation: Facilitation }) {
  const board = useBoard()
  const f = props.facilitation
  const editing = f.privateEditing
  const setEditing = (id: string | null) => f.setPrivateEditing(id)
  const where = (stageId: string, laneId: string) => {
    const stage = board.board.stages.find((s) => s.id === stageId)?.name ?? ''
    const lane = board.board.lanes.find((l) => l.id === laneId)
    return `${stage} · ${lane ? lane.name || t().laneKinds[lane.kind] : ''}`
  }
  const textOf = (id: string) => {
    const doc = f.privateDoc?.doc
    const entity = doc ? entityIn(notesOf(doc), id) : undefined
    return entity ? noteTextOf(entity) : undefined
  }
  return (
    <Show when={f.privateDoc && (f.control().privateMode.on || f.privateNotes().length > 0)}>
      <aside class="private-tray panel" data-testid="private-tray">
        <h3>{ft().privateNotes(f.privateNotes().length)}</h3>
        <ul>
          <For each={f.privateNotes()}>
            {(note) => (
              <li class="note note-yellow private-note" data-testid="private-note">
                <small>{where(note.stageId, note.laneId)}</small>
                <Show
                  when={editing() === note.id && textOf(note.id)}
                  keyed
                  fallback={
                    <button type="button" class="note-text" onClick={() => setEditing(note.id)}>
                      {note.text || '…'}
                    </button>
                  }
                >
                  {(text) => (
                    <NoteTextEditor
                      doc={f.privateDoc?.doc ?? board.connection.doc}
                      text={text}
                      noteId={note.id}
                      origin={board.connection.origin}
                      onDone={() => setEditing(null)}
                    />
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </aside>
    </Show>
  )
}
