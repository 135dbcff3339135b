import { compareMaps, type Note } from '@jm/shared'
import { createMemo, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { FOLLOW_UP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

function NoteList(props: { title: string; notes: Note[]; kind: string }) {
  return (
    <Show when={props.notes.length > 0}>
      <div class={`compare-list compare-${props.kind}`}>
        <strong>{props.title}</strong>
        <ul>
          <For each={props.notes}>{(note) => <li>{note.text || '…'}</li>}</For>
        </ul>
      </div>
    </Show>
  )
}

/** Current versus future state, side by side per stage (seed 001's two map types). */
export function CompareTab() {
  const board = useBoard()
  const m = () => t(FOLLOW_UP_MESSAGES).maps
  const current = () => board.board.maps.find((map) => map.type === 'currentState') ?? board.board.maps[0]
  const future = () => board.board.maps.find((map) => map.type === 'futureState')
  const rows = createMemo(() => {
    const now = current()
    const later = future()
    return now && later ? compareMaps(board.board, now.id, later.id) : []
  })
  return (
    <Show when={future()} fallback={<p class="muted">{m().needFuture}</p>}>
      <ol class="compare" data-testid="compare">
        <For each={rows()}>
          {(row) => (
            <li data-testid="compare-stage">
              <header>
                <span>
                  {m().current}: {row.current?.name ?? '—'}
                </span>
                <span>
                  {m().future}: {row.future?.name ?? '—'}
                </span>
              </header>
              <NoteList title={m().resolved} notes={row.resolvedPainPoints} kind="resolved" />
              <NoteList title={m().added} notes={row.added} kind="added" />
              <NoteList title={m().removed} notes={row.removed} kind="removed" />
              <NoteList
                title={m().changed}
                notes={row.changed.map((change) => change.after)}
                kind="changed"
              />
              <Show when={row.added.length + row.removed.length + row.changed.length === 0}>
                <p class="muted">{m().nothing}</p>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  )
}
