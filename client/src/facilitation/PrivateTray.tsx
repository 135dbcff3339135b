import { entityIn, laneLabel, notesOf, noteTextOf } from '@jm/shared'
import { createMemo, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { NoteTextEditor } from '../board/NoteTextEditor.tsx'
import { FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { locale, t } from '../i18n/i18n.ts'
import type { Facilitation } from './FacilitationContext.tsx'

/** This participant's private notes during private brainstorming; only they (and the server) have them. */
export function PrivateTray(props: { facilitation: Facilitation }) {
  const board = useBoard()
  const f = props.facilitation
  const editing = f.privateEditing
  const setEditing = (id: string | null) => f.setPrivateEditing(id)
  const ids = createMemo(() => f.privateNotes().map((note) => note.id))
  const noteOf = (id: string) => f.privateNotes().find((note) => note.id === id)
  const where = (id: string) => {
    const note = noteOf(id)
    const stage = board.board.stages.find((s) => s.id === note?.stageId)?.name ?? ''
    const lane = board.board.lanes.find((l) => l.id === note?.laneId)
    return `${stage} · ${lane ? laneLabel(lane, locale()) : ''}`
  }
  const textOf = (id: string) => {
    const doc = f.privateRoom()?.doc
    const entity = doc ? entityIn(notesOf(doc), id) : undefined
    return entity ? noteTextOf(entity) : undefined
  }
  return (
    <Show when={f.privateRoom() && (f.control().privateMode.on || f.privateNotes().length > 0)}>
      <aside class="private-tray panel" data-testid="private-tray" aria-labelledby="private-tray-title">
        <h2 class="float-heading" id="private-tray-title">
          {t(FACILITATION_MESSAGES).privateNotes(f.privateNotes().length)}
        </h2>
        <Show when={f.privateNotes().length === 0}>
          <p class="muted">{t(FACILITATION_MESSAGES).privateOn}</p>
        </Show>
        <ul>
          {/* Keyed by id: each change re-reads the notes, and a re-created item would close the open editor. */}
          <For each={ids()}>
            {(id) => (
              <li class="note note-yellow private-note" data-testid="private-note">
                <small>{where(id)}</small>
                <Show
                  when={editing() === id && textOf(id)}
                  keyed
                  fallback={
                    <button type="button" class="note-text" onClick={() => setEditing(id)}>
                      {noteOf(id)?.text || '…'}
                    </button>
                  }
                >
                  {(text) => (
                    <NoteTextEditor
                      doc={f.privateRoom()?.doc ?? board.connection.doc}
                      text={text}
                      noteId={id}
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
